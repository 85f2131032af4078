// Where a Markdown body splits into sections: at the parser's top-level headings of level 1 and 2
// (marked's tokens, so ATX `## Problem` and setext `Problem` over `---` both count, and a heading-like
// line inside fenced code, a block quote, a list item or a raw HTML block does not). Deeper headings
// stay inside a section. Only when the lexer cannot read the text back exactly (pathological
// nesting it rewrites or gives up on, see markdownTree.ts) does a line scan take over: ATX lines
// at the start of a line, outside fenced code.
import { lexBlocks } from './markdownTree';
import type { Tokens } from './markdownTree';

export interface BodyPart {
  /** The heading's text for a level-1/2 heading, null for the text between headings. */
  heading: string | null;
  /** Source text (for headings: ''). */
  text: string;
  /** 0-based line, within the body, where the text after a heading starts. */
  line: number;
}

const HEADING_OPEN = /^#{1,2}[ \t]+/;
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/**
 * The text of an ATX heading line of level 1 or 2 ("## Problem ##" -> "Problem", untrimmed), or
 * null when the line is not one. A scan from the end instead of an end-anchored regex, which V8
 * backtracks quadratically on a long run of blanks that is not at the end of the line.
 */
function headingText(line: string): string | null {
  const open = HEADING_OPEN.exec(line);
  if (!open || /[\r\u2028\u2029]/.test(line)) return null;
  const rest = line.slice(open[0].length);
  let end = rest.length;
  while (end > 0 && isBlank(rest[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  // A closing sequence of '#'s needs a blank before it inside the text ("## ##" is "##").
  if (hashes === end || hashes === 0 || !isBlank(rest[hashes - 1])) return rest.slice(0, end);
  let text = hashes;
  while (text > 0 && isBlank(rest[text - 1])) text--;
  return rest.slice(0, text);
}

/** A fence opener (CommonMark: up to 3 spaces, then 3+ backticks or tildes). */
const FENCE_OPEN = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** True when `line` closes a fence opened by `marker`: the same character, at least as many, nothing after. */
export function closesFence(line: string, marker: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && (m[1] ?? '')[0] === marker[0] && (m[1] ?? '').length >= marker.length;
}

/**
 * Cuts the body at the parser's level-1 and level-2 headings. The lexer's tokens carry their
 * exact source (`raw`), so the text between headings is the source as written.
 */
export function splitAtHeadings(body: string): BodyPart[] {
  const tokens = lexBlocks(body);
  if (tokens.map((t) => t.raw).join('') !== body) return splitAtAtxLines(body);
  const parts: BodyPart[] = [];
  let text = '';
  let line = 0;
  for (const t of tokens) {
    line += countNewlines(t.raw);
    if (t.type === 'heading' && (t as Tokens.Heading).depth <= 2) {
      parts.push({ heading: null, text, line: 0 });
      parts.push({ heading: (t as Tokens.Heading).text.replace(/\s+/g, ' ').trim(), text: '', line });
      text = '';
    } else {
      text += t.raw;
    }
  }
  parts.push({ heading: null, text, line: 0 });
  return parts;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The fallback: ATX level-1/2 lines at the start of a line, outside fenced code. Linear. */
export function splitAtAtxLines(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let text: string[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((line, i) => {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      text.push(line);
      return;
    }
    const open = FENCE_OPEN.exec(line);
    // A backtick fence's info string has no backtick; otherwise the line is not a fence.
    if (open && !(open[1]?.[0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = open[1] ?? '```';
      text.push(line);
      return;
    }
    const h = headingText(line);
    if (h === null) {
      text.push(line);
      return;
    }
    parts.push({ heading: null, text: text.join('\n'), line: 0 });
    parts.push({ heading: h.trim(), text: '', line: i + 1 });
    text = [];
  });
  parts.push({ heading: null, text: text.join('\n'), line: 0 });
  return parts;
}
