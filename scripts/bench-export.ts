// Export benchmark: per document, DOCX and PDF export times — cold (first export in the process;
// for PDF that includes starting Chromium) and warm (median and p95) — and pandoc Markdown -> DOCX
// on the same documents as a reference when pandoc is installed. Times in milliseconds.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExport } from '../src/core/export/buildExport';
import type { BuildInput } from '../src/core/export/buildExport';
import { printMarkdown } from '../src/core/document/printMarkdown';
import { createChromiumPrinter, findChromium } from '../src/node/chromiumPrinter';
import { chineseBrief, impactBrief, normalBrief, overlongBrief } from '../tests/unit/export/fixtures/documents';
import type { DocInput } from '../tests/unit/export/fixtures/documents';
import { median, percentile, round, timeRuns } from './benchStats';

const WARM_RUNS = 10;
const DOCS: Record<string, DocInput> = { brief: normalBrief, overlong: overlongBrief, chinese: chineseBrief };
const meta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' as const };

function input(doc: DocInput, format: 'docx' | 'pdf', printer: BuildInput['printer']): BuildInput {
  return { doc, template: impactBrief, meta, format, design: 'classic', printer };
}

async function once(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return round(performance.now() - t0);
}

function record(out: Record<string, number>, key: string, cold: number, warm: number[]): void {
  out[`${key}.coldMs`] = cold;
  out[`${key}.medianMs`] = median(warm);
  out[`${key}.p95Ms`] = percentile(warm, 95);
}

export async function benchExport(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};

  for (const [name, doc] of Object.entries(DOCS)) {
    const cold = await once(() => buildExport(input(doc, 'docx', null)));
    record(out, `docx.${name}`, cold, await timeRuns(WARM_RUNS, () => buildExport(input(doc, 'docx', null))));
  }

  if (findChromium()) {
    for (const [name, doc] of Object.entries(DOCS)) {
      const printer = createChromiumPrinter();
      try {
        const cold = await once(() => buildExport(input(doc, 'pdf', printer)));
        record(out, `pdf.${name}`, cold, await timeRuns(WARM_RUNS, () => buildExport(input(doc, 'pdf', printer))));
      } finally {
        await printer.close();
      }
    }
  } else {
    out['pdf.skipped'] = 1;
  }

  if (spawnSync('pandoc', ['--version']).status === 0) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-export-'));
    try {
      for (const [name, doc] of Object.entries(DOCS)) {
        const md = path.join(dir, `${name}.md`);
        const frontMatter = { template: doc.templateId, company: doc.company, title: doc.title };
        fs.writeFileSync(md, printMarkdown({ frontMatter, sections: doc.sections }, impactBrief));
        const convert = () => execFileSync('pandoc', [md, '-o', path.join(dir, `${name}.docx`)]);
        const cold = await once(async () => convert());
        record(out, `pandocDocx.${name}`, cold, await timeRuns(5, convert));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } else {
    out['pandocDocx.skipped'] = 1;
  }
  return out;
}
