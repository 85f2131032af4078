// How a section's text is written under its heading in the Markdown interchange file so that
// import puts it back in its own section, unchanged. Most text is written as is. Text that would
// not come back on its own is written inside a fenced code block whose info string is
// VERBATIM_INFO, and the importer takes the block's content back as the section's text. The kinds
// (found by reading the text followed by a blank line and a heading, with the same splitters as
// the importer, splitAtHeadings.ts):
// - a real top-level heading in the text: "## Outcome", "# Outcome", a bare "##", one indented by
//   up to 3 spaces, or a setext heading (a line over "---" or "===");
// - a block left open that would swallow the next heading: an unclosed ``` or ~~~ fence, or a raw
//   HTML block that runs to its end tag (<pre>, <script>, <style>, <textarea>, "<!--", "<?",
//   "<!DOCTYPE", "<![CDATA[") without one;
// - text that is itself such a verbatim block (it would otherwise be unwrapped once too often).
// A heading-like line inside closed fenced code, a block quote or a list item is no heading to the
// parser, and that text is written as is. A fence is used, not backslash escapes, because escapes
// change the text (an imported "\## Outcome" is not the "## Outcome" that was written); a fence
// keeps every character and still reads as Markdown source in any viewer.
import { closesFence, splitAtAtxLines, splitAtHeadings } from './splitAtHeadings';
import type { BodyPart } from './splitAtHeadings';

/** Info string of the fence around a section's text that must be kept verbatim. */
export const VERBATIM_INFO = 'markdown dossier-verbatim';

const OPENER = /^(`{3,}|~{3,})markdown dossier-verbatim[ \t]*$/;
/** Lines that could start a heading, a setext underline, a fence or an HTML block: only then is the text parsed. */
const MAYBE_BLOCK = /^[ \t]*(?:#|`{3}|~{3}|<|=|-)/m;

/**
 * The text inside a VERBATIM_INFO fence, when `body` (a tidied section body, as the importer cuts
 * it) is exactly one such fence at the start of a line, closed by its last line; else null.
 */
export function verbatimContent(body: string): string | null {
  const firstBreak = body.indexOf('\n');
  if (firstBreak === -1) return null;
  const open = OPENER.exec(body.slice(0, firstBreak));
  if (!open) return null;
  const marker = open[1] ?? '```';
  const lines = body.slice(firstBreak + 1).split('\n');
  const last = lines.length - 1;
  if (!closesFence(lines[last] ?? '', marker)) return null;
  for (let i = 0; i < last; i++) if (closesFence(lines[i] ?? '', marker)) return null;
  return lines.slice(0, last).join('\n');
}

const onlyProbeHeading = (parts: BodyPart[]): boolean => {
  const headings = parts.filter((p) => p.heading !== null);
  return headings.length === 1 && headings[0]?.heading === PROBE;
};
const PROBE = 'dossier-probe';

/**
 * True when `body`, printed after a heading and a blank line and followed by a blank line and the
 * next heading, is read back by the importer as one section holding `body` (before tidying).
 * Linear: the text is parsed once by each splitter, and not at all when no line could open a block.
 */
export function staysInItsSection(body: string): boolean {
  if (!MAYBE_BLOCK.test(body)) return true;
  if (verbatimContent(body) !== null) return false;
  const probe = `${body}\n\n## ${PROBE}\n`;
  return onlyProbeHeading(splitAtHeadings(probe)) && onlyProbeHeading(splitAtAtxLines(probe));
}

/** `body` wrapped in a VERBATIM_INFO fence longer than any backtick run that starts one of its lines. */
export function verbatimBlock(body: string): string {
  let longest = 2;
  for (const m of body.matchAll(/^[ \t]*(`+)/gm)) longest = Math.max(longest, (m[1] ?? '').length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${VERBATIM_INFO}\n${body}\n${fence}`;
}

/** The text to print under a section's heading: `body` itself, or its verbatim block (see the file header). */
export function printedSectionBody(body: string): string {
  return staysInItsSection(body) ? body : verbatimBlock(body);
}
