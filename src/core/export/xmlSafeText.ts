// Text that may go into an XML 1.0 document. XML 1.0 allows only tab, line feed, carriage return,
// U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF (XML 1.0, section 2.2, production [2] Char);
// anything else (other C0 controls, lone surrogates, U+FFFE, U+FFFF), raw or written as a
// character reference, makes Word, LibreOffice and python-docx refuse the whole file.

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * `text` without the characters XML 1.0 forbids (removed, not replaced: they carry no meaning a
 * reader could see). Every string that reaches a DOCX part (runs, link targets, header, core
 * properties) goes through this. Pure; O(length).
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}
