// Renders the first page of each design in both formats to PNG under test-results/export/ for a
// person to look at: PDF via pdftoppm, DOCX via LibreOffice (slow, so only these few conversions).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExport } from '../../../src/core/export/buildExport';
import { createChromiumPrinter, findChromium } from '../../../src/node/chromiumPrinter';
import { chineseBrief, impactBrief, normalBrief } from './fixtures/documents';
import { has, removeTempDirs, resultsDir, tempDir } from './fixtures/tools';

const printer = createChromiumPrinter();
afterAll(async () => {
  await printer.close();
  removeTempDirs();
});

const meta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' as const };
const designs = ['classic', 'modern'] as const;

function toPng(pdf: string, name: string): string {
  const prefix = path.join(resultsDir(), name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return `${prefix}.png`;
}

describe.skipIf(!findChromium() || !has('pdftoppm'))('PDF first pages to PNG', () => {
  it.each(designs)('%s', async (design) => {
    const dir = tempDir();
    for (const [suffix, doc] of [['', normalBrief], ['-chinese', chineseBrief]] as const) {
      const built = await buildExport({ doc, template: impactBrief, meta, format: 'pdf', design, printer });
      const pdf = path.join(dir, `pdf-${design}${suffix}.pdf`);
      fs.writeFileSync(pdf, built.bytes);
      expect(fs.statSync(toPng(pdf, `pdf-${design}${suffix}`)).size).toBeGreaterThan(5000);
    }
  });
});

describe.skipIf(!has('libreoffice') || !has('pdftoppm'))('DOCX first pages to PNG through LibreOffice', () => {
  it(
    'renders both designs (and Chinese) to one page each',
    async () => {
      const dir = tempDir();
      const files: string[] = [];
      for (const design of designs) {
        for (const [suffix, doc] of [['', normalBrief], ['-chinese', chineseBrief]] as const) {
          const built = await buildExport({ doc, template: impactBrief, meta, format: 'docx', design, printer: null });
          const file = path.join(dir, `docx-${design}${suffix}.docx`);
          fs.writeFileSync(file, built.bytes);
          files.push(file);
        }
      }
      // One LibreOffice start for all files; its own profile folder so it never meets a running instance.
      execFileSync(
        'libreoffice',
        [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
        { stdio: 'ignore', timeout: 150_000 },
      );
      for (const file of files) {
        const pdf = file.replace(/\.docx$/, '.pdf');
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        expect(info).toMatch(/Pages:\s+1\n/);
        expect(fs.statSync(toPng(pdf, path.basename(file, '.docx'))).size).toBeGreaterThan(5000);
      }
    },
    180_000,
  );
});
