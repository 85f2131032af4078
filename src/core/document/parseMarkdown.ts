// Markdown with YAML front matter -> document model. Level-1 and level-2 headings split the
// sections (deeper headings stay inside a section); the headings are the parser's (marked, the
// same lexer the export renders from), so ATX (`## Problem`) and setext (`Problem` over `---`)
// headings both count, and nothing inside code, quotes or lists is mistaken for one. Headings
// match template section labels, ids or aliases (normalizeHeading.ts); unknown headings are kept as
// `extra:<heading>` so nothing is lost. Each section's body is the exact source text between
// headings.
import YAML, { LineCounter } from 'yaml';
import { z } from 'zod';
import type { Template } from '../templates/types';
import { DossierError } from '../errors';
import { EXTRA_PREFIX, PREAMBLE_KEY } from './types';
import type { FrontMatter, ParsedMarkdown } from './types';
import { lexMarkdown } from './markdownTree';
import { frontMatterLimitProblem } from './inputLimits';
import type { Tokens } from './markdownTree';
import { cutByComment, frontMatterError } from './frontMatterErrors';
import { normalizeHeading } from './normalizeHeading';

export { normalizeHeading };

const FrontMatterSchema = z
  .object({
    template: z.string().min(1).optional(),
    company: z.string().min(1).optional(),
    title: z.string().optional(),
    silencedRules: z.array(z.string()).optional(),
  })
  .passthrough();

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
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;


function splitFrontMatter(text: string): { yaml: string | null; body: string; bodyLine: number } {
  if (!/^---[ \t]*\n/.test(text)) return { yaml: null, body: text, bodyLine: 1 };
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)[ \t]*$/.test(lines[i] ?? '')) {
      return { yaml: lines.slice(1, i).join('\n'), body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
    }
  }
  throw new DossierError('bad-request', 'The front matter starts with “---” on line 1 but never closes: add a line with “---” after it.');
}

/** YAML front matter -> fields. `fileLine` is the file line of its first line (2, after `---`). */
function parseFrontMatter(yaml: string, fileLine = 2): FrontMatter {
  if (yaml.trim() === '') return {};
  const limit = frontMatterLimitProblem(yaml);
  if (limit !== null) throw new DossierError('bad-request', limit);
  let value: unknown;
  try {
    const counter = new LineCounter();
    const doc = YAML.parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, lineCounter: counter });
    const err = doc.errors[0];
    if (err) throw frontMatterError(err, yaml, counter, fileLine);
    const cut = cutByComment(doc, yaml, counter, fileLine);
    if (cut) throw cut;
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('bad-request', `The front matter could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new DossierError('bad-request', 'The front matter must be a list of “key: value” lines (template, company, title).');
  }
  const parsed = FrontMatterSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path ?? []).join('.') || 'front matter';
    throw new DossierError('bad-request', `The front matter field “${field}” is not valid: ${issue?.message ?? 'unexpected value'}.`);
  }
  return parsed.data as FrontMatter;
}

function pickTemplate(frontMatter: FrontMatter, templates: Template | readonly Template[] | undefined): Template | null {
  if (!templates) return null;
  if (!Array.isArray(templates)) return templates as Template;
  return (templates as readonly Template[]).find((t) => t.id === frontMatter.template) ?? null;
}

function tidyBody(lines: string[], firstLine: number): { body: string; line: number } {
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  // trimEnd, not /\s+$/: V8 backtracks that quadratically on a long blank run inside the text.
  const body = lines.slice(start).join('\n').trimEnd();
  return { body, line: firstLine + start };
}

interface BodyPart {
  /** The heading's text for a level-1/2 heading, null for the text between headings. */
  heading: string | null;
  /** Source text (for headings: ''). */
  text: string;
  /** 0-based line, within the body, where the text after a heading starts. */
  line: number;
}

/**
 * Cuts the body at the parser's level-1 and level-2 headings. The lexer's tokens carry their
 * exact source (`raw`), so the text between headings is the source as written. If the lexer
 * gives up (pathological nesting), only ATX headings at the start of a line outside fences split.
 */
function splitAtHeadings(body: string): BodyPart[] {
  const tokens = lexMarkdown(body);
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

function splitAtAtxLines(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let text: string[] = [];
  let fence: string | null = null;
  body.split('\n').forEach((line, i) => {
    const fm = FENCE.exec(line);
    if (fm) {
      const marker = fm[1] ?? '';
      if (fence === null) fence = marker[0] === '`' ? '`' : '~';
      else if (marker[0] === fence) fence = null;
    }
    const h = fence === null && !fm ? headingText(line) : null;
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

/** Parses Markdown with front matter. Pass the template (or all templates) to match headings to section ids. */
export function parseMarkdown(input: string, templates?: Template | readonly Template[]): ParsedMarkdown {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { yaml, body, bodyLine } = splitFrontMatter(text);
  const frontMatter = yaml === null ? {} : parseFrontMatter(yaml);
  const template = pickTemplate(frontMatter, templates);

  const byName = new Map<string, string>();
  for (const s of template?.sections ?? []) {
    byName.set(normalizeHeading(s.id), s.id);
    byName.set(normalizeHeading(s.label), s.id);
    for (const a of s.aliases ?? []) byName.set(normalizeHeading(a), s.id);
  }

  const sections: Record<string, string> = {};
  const bodyLines: Record<string, number> = {};
  for (const s of template?.sections ?? []) {
    sections[s.id] = '';
    bodyLines[s.id] = 0;
  }
  const filled = new Set<string>();
  // Next free suffix per repeated heading: without it, naming the n-th copy of a heading probes
  // n-1 taken keys, and 16,000 copies of '# A' took half a minute (quadratic).
  const nextSuffix = new Map<string, number>();

  let key = PREAMBLE_KEY;
  let buf: string[] = [];
  let bufLine = bodyLine;

  const flush = () => {
    const { body: b, line } = tidyBody(buf, bufLine);
    if (key === PREAMBLE_KEY && b === '') return;
    sections[key] = b;
    bodyLines[key] = line;
  };

  for (const part of splitAtHeadings(body)) {
    if (part.heading === null) {
      // Not push(...lines): spreading 170,000 lines (a 1 MB section) exceeds the call stack.
      for (const l of part.text.split('\n')) buf.push(l);
      continue;
    }
    flush();
    const heading = part.heading;
    const match = byName.get(normalizeHeading(heading));
    if (match && !filled.has(match)) {
      key = match;
      filled.add(match);
    } else {
      let k = EXTRA_PREFIX + heading;
      let n = nextSuffix.get(heading) ?? 2;
      while (Object.hasOwn(sections, k)) k = `${EXTRA_PREFIX}${heading}~${n++}`;
      nextSuffix.set(heading, n);
      key = k;
      sections[key] = '';
    }
    buf = [];
    bufLine = bodyLine + part.line;
  }
  flush();
  return { frontMatter, sections, bodyLines };
}
