// Text of a JSON file Dossier reads -> value. One place decides what "readable" means for every
// file kind (workspace, company, document, templates, rule packs, profiles, question banks):
// a leading UTF-8 byte-order mark (written by Windows Notepad and PowerShell 5) is accepted,
// CRLF line ends are plain JSON whitespace, and anything else that JSON.parse refuses throws.

/** U+FEFF at the very start of a file: a byte-order mark, not content. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** `text` without a leading byte-order mark (only one is removed; it is never content). */
export function withoutBom(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/** JSON.parse after removing a byte-order mark. Throws SyntaxError like JSON.parse. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(withoutBom(text)) as unknown;
}
