// Document model -> Markdown with YAML front matter: template sections in template order
// (labels as headings), then any extra headings, so parseMarkdown reads back the same model.
import YAML from 'yaml';
import type { Template } from '../templates/types';
import { PREAMBLE_KEY, writtenHeading } from './types';
import type { MarkdownDocument } from './types';

export function printMarkdown(doc: MarkdownDocument, template: Template | null): string {
  const parts: string[] = [];
  if (Object.keys(doc.frontMatter).length > 0) {
    parts.push(`---\n${YAML.stringify(doc.frontMatter, { lineWidth: 0 }).replace(/\n$/, '')}\n---\n`);
  }
  const preamble = doc.sections[PREAMBLE_KEY];
  if (preamble) parts.push(`${preamble}\n`);
  const done = new Set<string>([PREAMBLE_KEY]);
  for (const s of template?.sections ?? []) {
    done.add(s.id);
    const body = doc.sections[s.id] ?? '';
    parts.push(body ? `## ${s.label}\n\n${body}\n` : `## ${s.label}\n`);
  }
  for (const [key, body] of Object.entries(doc.sections)) {
    if (done.has(key)) continue;
    const heading = writtenHeading(key);
    parts.push(body ? `## ${heading}\n\n${body}\n` : `## ${heading}\n`);
  }
  return parts.join('\n');
}
