// Markdown with YAML front matter -> document model. Level-1 and level-2 headings split the
// sections (deeper headings stay inside a section); the headings are the parser's (marked, the
// same lexer the export renders from; splitAtHeadings.ts), so ATX (`## Problem`) and setext
// (`Problem` over `---`) headings both count, and nothing inside code, quotes or lists is mistaken
// for one. Headings match template section labels, ids or aliases (normalizeHeading.ts), or the
// same names in other words (headingKey.ts: function words aside, the template's synonyms); unknown
// headings are kept as `extra:<heading>` so nothing is lost. Each section's body is the exact
// source text between headings, or, when that text is one `markdown dossier-verbatim` fence (how
// printMarkdown writes text that holds a heading of its own, verbatimSection.ts), the fence's content.
import YAML, { LineCounter } from 'yaml';
import { z } from 'zod';
import type { Template } from '../templates/types';
import { DossierError } from '../errors';
import { EXTRA_PREFIX, PREAMBLE_KEY } from './types';
import type { FrontMatter, ParsedMarkdown } from './types';
import { frontMatterLimitProblem } from './inputLimits';
import { splitAtHeadings } from './splitAtHeadings';
import { verbatimContent } from './verbatimSection';
import { cutByComment, frontMatterError } from './frontMatterErrors';
import { normalizeHeading } from './normalizeHeading';
import { headingKey } from './headingKey';

export { normalizeHeading };

const FrontMatterSchema = z
  .object({
    template: z.string().min(1).optional(),
    // An empty company (as older exports wrote it) means none.
    company: z
      .string()
      .optional()
      .transform((v) => (v === undefined || v.trim() === '' ? undefined : v)),
    title: z.string().optional(),
    silencedRules: z.array(z.string()).optional(),
  })
  .passthrough();




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
  // "title:" with nothing after it reads as null in YAML: an empty field, not a wrong one.
  const fields = { ...(value as Record<string, unknown>) };
  for (const key of TEXT_FIELDS) if (fields[key] === null) delete fields[key];
  const parsed = FrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    throw new DossierError('bad-request', fieldProblem(key, key === '' ? fields : fields[key]));
  }
  return parsed.data as FrontMatter;
}

const TEXT_FIELDS = ['template', 'company', 'title'] as const;

/** One plain sentence on a front matter field of the wrong shape (the schema's own words are jargon). */
function fieldProblem(key: string, value: unknown): string {
  if (key === 'silencedRules') return 'The front matter field “silencedRules” should be a list of rule ids, like [vague-language, baseline].';
  const name = key === '' ? 'The front matter' : `The front matter field “${key}”`;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `${name} should be text, but YAML reads ${String(value)} as a ${typeof value === 'number' ? 'number' : 'yes/no value'}. Put it in quotes: ${key}: "${String(value)}".`;
  }
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && !(value instanceof Uint8Array))) {
    return `${name} should be one line of text, not a list or a group of keys.`;
  }
  return `${name} should be plain text.`;
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

const keysCache = new WeakMap<Template, Map<string, string>>();

/** Section ids by the keys of their names (headingKey.ts), for headings written in other words. */
function sectionByKey(template: Template): Map<string, string> {
  let keys = keysCache.get(template);
  if (keys) return keys;
  keys = new Map();
  for (const s of template.sections) {
    for (const name of [s.label, s.id, ...(s.aliases ?? [])]) {
      const k = headingKey(name, template.headingSynonyms);
      if (k !== '' && !keys.has(k)) keys.set(k, s.id);
    }
  }
  keysCache.set(template, keys);
  return keys;
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
    // Text the exporter fenced to keep it in its section (verbatimSection.ts) comes back as written.
    const verbatim = verbatimContent(b);
    sections[key] = verbatim ?? b;
    bodyLines[key] = verbatim === null ? line : line + 1;
  };

  for (const part of splitAtHeadings(body)) {
    if (part.heading === null) {
      // Not push(...lines): spreading 170,000 lines (a 1 MB section) exceeds the call stack.
      for (const l of part.text.split('\n')) buf.push(l);
      continue;
    }
    flush();
    const heading = part.heading;
    const match = byName.get(normalizeHeading(heading)) ?? (template ? sectionByKey(template).get(headingKey(heading, template.headingSynonyms)) : undefined);
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
