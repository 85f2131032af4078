// FALLBACK until src/core/document (parseMarkdown / printMarkdown) lands: the interchange format
// of DESIGN.md — YAML front matter (template, company, title) then one "## Label" per section.
import YAML from 'yaml';
import type { DocumentFile } from '../workspace/schemas';
import type { Template } from '../templates/types';
import { DossierError } from '../errors';

export interface InterchangeFile {
  frontMatter: { template: string; company: string | null; title: string };
  /** Sections in file order, by heading text. */
  headings: { heading: string; body: string }[];
}

export function parseInterchange(text: string): InterchangeFile {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(src);
  if (!m) throw new DossierError('bad-request', 'The file does not start with front matter (a “---” block naming the template).');
  let data: unknown;
  try {
    data = YAML.parse(m[1] ?? '');
  } catch {
    throw new DossierError('bad-request', 'The front matter at the top of the file is not valid YAML.');
  }
  const fm = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (typeof fm.template !== 'string' || fm.template.trim() === '') {
    throw new DossierError('bad-request', 'The front matter does not say which template the file uses (template: …).');
  }
  const headings: InterchangeFile['headings'] = [];
  let current: { heading: string; lines: string[] } | null = null;
  let fence = false;
  for (const line of src.slice(m[0].length).split('\n')) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      if (current) headings.push({ heading: current.heading, body: current.lines.join('\n').trim() });
      current = { heading: h[1] ?? '', lines: [] };
    } else if (current) current.lines.push(line);
  }
  if (current) headings.push({ heading: current.heading, body: current.lines.join('\n').trim() });
  return {
    frontMatter: {
      template: fm.template.trim(),
      company: typeof fm.company === 'string' && fm.company.trim() !== '' ? fm.company.trim() : null,
      title: typeof fm.title === 'string' ? fm.title : '',
    },
    headings,
  };
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Matches headings to the template's section labels or ids; unknown headings keep a slug id. */
export function sectionsFromHeadings(headings: InterchangeFile['headings'], template: Pick<Template, 'sections'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { heading, body } of headings) {
    const s = template.sections.find((x) => norm(x.label) === norm(heading) || norm(x.id) === norm(heading));
    const id = s ? s.id : norm(heading).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
    out[id] = out[id] ? `${out[id]}\n\n${body}` : body;
  }
  return out;
}

export function printInterchange(doc: Pick<DocumentFile, 'templateId' | 'company' | 'title' | 'sections'>, template: Pick<Template, 'sections'>): string {
  const front = YAML.stringify({ template: doc.templateId, company: doc.company, title: doc.title }).trimEnd();
  const parts = [`---\n${front}\n---`];
  const known = new Set(template.sections.map((s) => s.id));
  for (const s of template.sections) parts.push(`## ${s.label}\n\n${(doc.sections[s.id] ?? '').trim()}`);
  for (const [id, text] of Object.entries(doc.sections)) if (!known.has(id)) parts.push(`## ${id}\n\n${text.trim()}`);
  return parts.join('\n\n') + '\n';
}
