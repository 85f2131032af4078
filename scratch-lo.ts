import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { buildExport } from './src/core/export/buildExport';
import { createChromiumPrinter } from './src/node/chromiumPrinter';
import { pdfPageCount } from './src/core/export/pdfPageCount';
import { chineseBrief, impactBrief, normalBrief, overlongBrief } from './tests/unit/export/fixtures/documents';
const meta = { candidateName: 'Jane Doe', companyName: 'American Express', date: '2026-11-23', pageSize: 'letter' as const };
const printer = createChromiumPrinter();
const docs = { normal: normalBrief, overlong: overlongBrief, chinese: chineseBrief };
const files: string[] = [];
for (const [name, doc] of Object.entries(docs)) for (const design of ['classic', 'modern'] as const) {
  const d = await buildExport({ doc, template: impactBrief, meta, format: 'docx', design, printer: null });
  const f = `/tmp/lo/${name}-${design}.docx`; fs.writeFileSync(f, d.bytes); files.push(f);
  const p = await buildExport({ doc, template: impactBrief, meta, format: 'pdf', design, printer });
  fs.writeFileSync(`/tmp/lo/${name}-${design}.chromium.pdf`, p.bytes);
  console.log(name, design, 'pdf pages', p.pages);
}
await printer.close();
const t0 = Date.now();
execFileSync('libreoffice', ['-env:UserInstallation=file:///tmp/lo/profile', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/lo', ...files], { stdio: 'pipe' });
console.log('lo ms', Date.now() - t0);
for (const f of files) console.log(f, pdfPageCount(fs.readFileSync(f.replace('.docx', '.pdf'))));
