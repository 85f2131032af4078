// Page estimate against the real PDF: for every whole document of a one-page template (the gold
// corpus's documents, the sample brief, the Markdown fixtures, and each of them grown a paragraph
// at a time until it runs past the page), the word-budget verdict ("over N words"), the layout
// estimate (pageFill.ts) and Chromium's page count in the normal classic layout on Letter paper.
// Prints how often each verdict agrees with the PDF. Extra Markdown drafts: DOSSIER_PAGEFILL_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { buildExport } from '../src/core/export/buildExport';
import { designFor } from '../src/core/export/designs';
import { parseDocument } from '../src/core/export/parseDocument';
import { documentPageFill } from '../src/core/export/pageFill';
import { parseMarkdown } from '../src/core/document/parseMarkdown';
import { loadTemplatesFrom } from '../src/core/templates/registry';
import type { Template } from '../src/core/templates/types';
import { createChromiumPrinter, findChromium } from '../src/node/chromiumPrinter';

const root = path.resolve(import.meta.dirname, '..');

interface Draft {
  name: string;
  template: Template;
  title: string;
  sections: Record<string, string>;
}

function drafts(templates: Template[]): Draft[] {
  const byId = new Map(templates.map((t) => [t.id, t]));
  const out: Draft[] = [];
  const add = (name: string, templateId: string, title: string, sections: Record<string, string>) => {
    const template = byId.get(templateId);
    if (template && template.pageBudget === 1 && !template.spoken) out.push({ name, template, title, sections });
  };
  for (const file of ['documents.jsonl', 'length.jsonl']) {
    for (const line of fs.readFileSync(path.join(root, 'tests/gold/cases', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { id: string; template?: string; document?: Record<string, string> | string };
      if (c.template && c.document && typeof c.document === 'object') add(c.id, c.template, c.id, c.document);
    }
  }
  const sample = JSON.parse(fs.readFileSync(path.join(root, 'resources/sample/sample-workspace.json'), 'utf8')) as {
    companies: { documents: { templateId: string; title: string; sections: Record<string, string> }[] }[];
  };
  for (const c of sample.companies) for (const d of c.documents) add(`sample:${d.title}`, d.templateId, d.title, d.sections);
  const mdDirs = [path.join(root, 'tests/fixtures'), ...(process.env.DOSSIER_PAGEFILL_DIR ? [process.env.DOSSIER_PAGEFILL_DIR] : [])];
  for (const dir of mdDirs) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const parsed = parseMarkdown(fs.readFileSync(path.join(dir, f), 'utf8'), templates);
      if (parsed.frontMatter.template) add(`${path.basename(dir)}/${f}`, parsed.frontMatter.template, parsed.frontMatter.title ?? f, parsed.sections);
    }
  }
  return out;
}

/** A short bullet, as candidates add them (about 12 words). */
const BULLET = '- Cut manual review time from 9 to 4 minutes per case by routing alerts.';

/**
 * The draft grown toward and past the page: `k` short bullets added to its longest section, or
 * (kind 'para') `k` copies of that section's first paragraph.
 */
function grown(d: Draft, k: number, kind: 'bullets' | 'para'): Draft {
  const [id, text] = Object.entries(d.sections).sort((a, b) => b[1].length - a[1].length)[0] ?? ['', ''];
  const para = text.split(/\n\s*\n/)[0]?.replace(/^[-*]\s+/gm, '').trim() ?? '';
  const extra = kind === 'bullets' ? Array.from({ length: k }, () => BULLET).join('\n') : Array.from({ length: k }, () => para).join('\n\n');
  return { ...d, name: `${d.name}+${k}${kind === 'bullets' ? 'b' : 'p'}`, sections: { ...d.sections, [id]: `${text}\n\n${extra}` } };
}

/** Every draft the bench measures: the base drafts, then each grown by paragraphs and by bullets. */
export function pageFillDrafts(): Draft[] {
  const { templates } = loadTemplatesFrom(root, null);
  const base = drafts(templates);
  return [
    ...base,
    ...base.flatMap((d) => [1, 2, 3, 4].map((k) => grown(d, k, 'para'))),
    ...base.flatMap((d) => [2, 4, 6, 8, 10, 12, 14, 16, 20, 24].map((k) => grown(d, k, 'bullets'))),
  ];
}

export async function benchPageFill(): Promise<Record<string, unknown>> {
  if (!findChromium()) return { skipped: 'no Chromium' };
  const all = pageFillDrafts();
  const printer = createChromiumPrinter();
  const design = designFor('classic', false);
  const rows: { name: string; words: number; budget: number; estimate: number; pdfPages: number }[] = [];
  try {
    for (const d of all) {
      const doc = { title: d.title, sections: d.sections, templateId: d.template.id, company: '' };
      const parsed = parseDocument(doc, d.template);
      const fill = documentPageFill(doc, d.template, design, 'letter');
      const built = await buildExport({
        doc,
        template: d.template,
        meta: { candidateName: 'Jane Doe', companyName: 'Wells Fargo', date: '2026-11-23', pageSize: 'letter' },
        format: 'pdf',
        design: 'classic',
        printer,
      });
      rows.push({ name: d.name, words: parsed.words, budget: d.template.wordBudget, estimate: Math.round(fill.pages * 1000) / 1000, pdfPages: built.pages ?? 0 });
    }
  } finally {
    await printer.close();
  }
  const agree = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter((r) => pred(r) === r.pdfPages > 1).length;
  const over = rows.filter((r) => r.pdfPages > 1).length;
  return {
    drafts: rows.length,
    pdfOverOnePage: over,
    wordBudgetAgrees: agree((r) => r.words > r.budget),
    layoutEstimateAgrees: agree((r) => r.estimate > 1),
    wordBudgetMissed: rows.filter((r) => r.pdfPages > 1 && r.words <= r.budget).length,
    layoutEstimateMissed: rows.filter((r) => r.pdfPages > 1 && r.estimate <= 1).length,
    layoutEstimateFalseAlarms: rows.filter((r) => r.pdfPages === 1 && r.estimate > 1).length,
    nearestMisses: rows
      .filter((r) => r.estimate > 1 !== r.pdfPages > 1)
      .map((r) => `${r.name}: estimate ${r.estimate} pages, PDF ${r.pdfPages}`)
      .slice(0, 20),
    rows: process.env.DOSSIER_PAGEFILL_ROWS ? rows : undefined,
  };
}
