// Text of a JSON file Dossier reads -> value. One place decides what "readable" means for every
// file kind (workspace, company, document, templates, rule packs, profiles, question banks, and the
// desktop app's own settings files: window place, last workspace): a leading UTF-8 byte-order mark
// (written by Windows Notepad and PowerShell 5) is accepted, CRLF line ends are plain JSON
// whitespace, and anything else that JSON.parse refuses throws. Pure (no file system): the editor's
// Web Worker parses rule packs with it. readJsonFile.ts reads files through it.

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

/** "line 3, column 5: Expected ',' or '}' after property value" from a JSON.parse error. */
export function jsonPosition(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  const pos = /position (\d+)/.exec(message);
  if (text.trim() === '') return 'the file is empty';
  // V8 gives no position when the text stops early: the end of the text is where it went wrong.
  const endsEarly = /Unexpected end of JSON input/.test(message);
  if (!pos && !endsEarly) return detail;
  const offset = pos ? Number(pos[1]) : text.trimEnd().length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${endsEarly ? 'the file ends before the JSON does' : detail}`;
}
