// Document model -> Markdown with YAML front matter: template sections in template order (their
// names in the document's heading language, headingLanguage.ts), then any extra headings, so parseMarkdown reads back the same model. Text
// that would not come back into its own section (it holds a top-level heading, or leaves a fence
// or HTML block open) is written inside a `markdown dossier-verbatim` fence (verbatimSection.ts).
import YAML from 'yaml';
import type { Template } from '../templates/types';
import { PREAMBLE_KEY, writtenHeading } from './types';
import type { MarkdownDocument } from './types';
import { printedSectionBody, verbatimBlock } from './verbatimSection';
import { documentHeadingLanguage, sectionHeading } from './headingLanguage';

export function printMarkdown(doc: MarkdownDocument, template: Template | null): string {
  const parts: string[] = [];
  if (Object.keys(doc.frontMatter).length > 0) {
    parts.push(`---\n${YAML.stringify(doc.frontMatter, { lineWidth: 0 }).replace(/\n$/, '')}\n---\n`);
  }
  const preamble = doc.sections[PREAMBLE_KEY];
  // Without front matter, text opening with "---" would be read as front matter: fence it.
  if (preamble) parts.push(`${parts.length === 0 && /^---[ \t]*(?:\n|$)/.test(preamble) ? verbatimBlock(preamble) : printedSectionBody(preamble)}\n`);
  const done = new Set<string>([PREAMBLE_KEY]);
  const lang = documentHeadingLanguage({ title: doc.frontMatter.title, sections: doc.sections });
  for (const s of template?.sections ?? []) {
    done.add(s.id);
    const body = doc.sections[s.id] ?? '';
    const heading = sectionHeading(s, lang);
    parts.push(body ? `## ${heading}\n\n${printedSectionBody(body)}\n` : `## ${heading}\n`);
  }
  for (const [key, body] of Object.entries(doc.sections)) {
    if (done.has(key)) continue;
    const heading = writtenHeading(key);
    parts.push(body ? `## ${heading}\n\n${printedSectionBody(body)}\n` : `## ${heading}\n`);
  }
  return parts.join('\n');
}
