// `npm run bench -- docx-large`: `dossier export --format docx` of large documents, one run each,
// as a whole process: wall time, CPU time and peak memory (max RSS, from /usr/bin/time), the
// .docx's size and its document.xml's. Inputs (generated, deterministic, each within the 1 MB
// document limit): 1 MB of nested lists (bullets with nested bullets and numbered sub-lists, bold
// and paragraphs between), 1 MB of the shortest list items ('- a' and a paragraph, about 285,000
// paragraphs), a 2,000-row by 8-column table, a 100,000-row two-column table, 150,000 links to one
// address, and 45,000 links to as many addresses (refused: DOCX holds up to 10,000 addresses).
// Needs out/cli (`npm run build:cli`). DOSSIER_DOCX_LARGE="a,b" runs only the named inputs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { MAX_DOCUMENT_BYTES } from '../src/core/document/inputLimits';
import { round } from './benchStats';

const root = path.resolve(import.meta.dirname, '..');
const FRONT = '---\ntemplate: impact-brief\ncompany: wells-fargo\ntitle: Big\n---\n## Problem\n\n';
const VERBS = ['Cut', 'Raised', 'Reduced', 'Shipped', 'Led', 'Moved', 'Chose', 'Paused', 'Validated', 'Launched'];
const NOUNS = ['fraud losses', 'false declines', 'review time', 'the scorecard', 'model risk review', 'the rollout', 'chargebacks', 'latency'];
const phrase = (i: number): string => `${VERBS[i % VERBS.length]} ${NOUNS[(i >> 3) % NOUNS.length]} by ${(i % 97) + 1}% in week ${i}`;

/** `unit(0)`, `unit(1)`, … after FRONT while the text stays within MAX_DOCUMENT_BYTES of UTF-8. */
function fill(unit: (i: number) => string, head = FRONT): string {
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; ; i++) {
    const u = unit(i);
    const n = Buffer.byteLength(u);
    if (size + n > MAX_DOCUMENT_BYTES) break;
    parts.push(u);
    size += n;
  }
  return parts.join('');
}

const INPUTS: Record<string, () => string> = {
  'nested-lists-1mb': () =>
    fill((i) => `- ${phrase(i)}\n  - ${phrase(i + 1)}\n    1. ${phrase(i + 2)}\n    2. **${phrase(i + 3)}**\n${i % 5 === 4 ? `\n${phrase(i)}.\n\n` : ''}`),
  'short-items-1mb': () => fill(() => '- a\n\nb\n\n'),
  'table-2000x8': () =>
    FRONT +
    `| ${Array.from({ length: 8 }, (_, c) => `col ${c}`).join(' | ')} |\n|${'---|'.repeat(8)}\n` +
    Array.from({ length: 2000 }, (_, r) => `| ${Array.from({ length: 8 }, (_, c) => phrase(r * 8 + c).slice(0, 14)).join(' | ')} |\n`).join(''),
  'table-100000x2': () => `${FRONT}|a|b|\n|-|-|\n${'|1|2|\n'.repeat(100_000)}`,
  'links-150000-one-address': () => `${FRONT}[a]: https://example.com\n\n${'[a] '.repeat(150_000)}\n`,
  'addresses-45000-refused': () => `${FRONT}${Array.from({ length: 45_000 }, (_, i) => `<https://ex.com/${i}>`).join(' ')}\n`,
};

export async function benchDocxLarge(): Promise<Record<string, unknown>> {
  const only = process.env.DOSSIER_DOCX_LARGE?.split(',').map((s) => s.trim());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-docx-large-'));
  const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rows: Record<string, unknown> = {};
  try {
    for (const [name, make] of Object.entries(INPUTS)) {
      if (only && !only.includes(name)) continue;
      const text = make();
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.md`);
      const out = file.replace(/\.md$/, '.docx');
      fs.writeFileSync(file, text);
      const env = { ...process.env, DOSSIER_WORKSPACE: path.join(dir, 'no-workspace') };
      const args = [path.join(root, 'bin', 'dossier.cjs'), 'export', file, '--format', 'docx', '--out', out];
      const t0 = performance.now();
      const res = time
        ? spawnSync(time, ['-f', '@@%U %S %M', process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 26 })
        : spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
      const wallMs = performance.now() - t0;
      const m = /@@([0-9.]+) ([0-9.]+) (\d+)\s*$/.exec(res.stderr ?? '');
      const written = res.status === 0 && fs.existsSync(out);
      const bytes = written ? fs.readFileSync(out) : null;
      rows[name] = {
        inputBytes: Buffer.byteLength(text),
        exit: res.status,
        wallMs: round(wallMs),
        cpuS: m ? round(Number(m[1]) + Number(m[2])) : null,
        maxRssMb: m ? round(Number(m[3]) / 1024) : null,
        docxBytes: bytes?.length ?? null,
        documentXmlBytes: bytes ? (unzipSync(bytes)['word/document.xml']?.length ?? null) : null,
        message: res.status === 0 ? undefined : (res.stderr ?? '').split('\n').find((l) => l.startsWith('dossier')),
      };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
