// Document model -> Markdown with YAML front matter: template sections in template order
// (labels as headings), then any extra headings, so parseMarkdown reads back the same model. Text
// that would not come back into its own section (it holds a top-level heading, or leaves a fence
// or HTML block open) is written inside a `markdown dossier-verbatim` fence (verbatimSection.ts).
import YAML from 'yaml';
import type { Template } from '../templates/types';
import { PREAMBLE_KEY, writtenHeading } from './types';
import type { MarkdownDocument } from './types';
import { printedSectionBody, verbatimBlock } from './verbatimSection';

export function printMarkdown(doc: MarkdownDocument, template: Template | null): string {
  const parts: string[] = [];
  if (Object.keys(doc.frontMatter).length > 0) {
    parts.push(`---\n${YAML.stringify(doc.frontMatter, { lineWidth: 0 }).replace(/\n$/, '')}\n---\n`);
  }
  const preamble = doc.sections[PREAMBLE_KEY];
  // Without front matter, text opening with "---" would be read as front matter: fence it.
  if (preamble) parts.push(`${parts.length === 0 && /^---[ \t]*(?:\n|$)/.test(preamble) ? verbatimBlock(preamble) : printedSectionBody(preamble)}\n`);
  const done = new Set<string>([PREAMBLE_KEY]);
  for (const s of template?.sections ?? []) {
    done.add(s.id);
    const body = doc.sections[s.id] ?? '';
    parts.push(body ? `## ${s.label}\n\n${printedSectionBody(body)}\n` : `## ${s.label}\n`);
  }
  for (const [key, body] of Object.entries(doc.sections)) {
    if (done.has(key)) continue;
    const heading = writtenHeading(key);
    parts.push(body ? `## ${heading}\n\n${printedSectionBody(body)}\n` : `## ${heading}\n`);
  }
  return parts.join('\n');
}
