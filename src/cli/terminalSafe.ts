// What the CLI prints cannot drive the terminal. A document, a template id or a file name received
// from someone else may hold escape sequences (ESC[2J clears the screen, OSC 52 writes the
// clipboard, ESC[8m hides text) or bidi overrides that reorder what is shown. Every line the CLI
// writes passes through here: such characters are written as JSON-style escapes (\u001b, \u202e),
// which keeps --json output valid and equal in meaning, and makes them visible in a text report.

/**
 * C0 controls except tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides,
 * isolates and marks (U+061C, U+200E/F, U+202A–E, U+2066–9).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns `text` with every terminal-control and bidi character written as `\uXXXX` (six ASCII
 * characters). Tabs and line feeds are kept. Pure; O(length).
 */
export function terminalSafe(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  UNSAFE.lastIndex = 0;
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
