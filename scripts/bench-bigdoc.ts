// `npm run bench -- bigdoc`: `dossier check` on a document of each awkward shape at the input
// limit (tests/unit/fuzz/bigShapes.ts: long lists, one giant paragraph, a giant table, thousands
// of headings, abbreviations, numbers, CJK…), one run each, as a whole process: wall time, CPU
// time and peak memory (max RSS, from /usr/bin/time). Goal: every shape within 2 s and 300 MB.
// Needs out/cli (`npm run build:cli`). DOSSIER_BIGDOC_SHAPES="a,b" runs only the named shapes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SHAPES } from '../tests/unit/fuzz/bigShapes';
import { MAX_DOCUMENT_BYTES } from '../src/core/document/inputLimits';
import { round } from './benchStats';

const root = path.resolve(import.meta.dirname, '..');
const GOAL_MS = 2000;
const GOAL_MB = 300;

export async function benchBigdoc(): Promise<Record<string, unknown>> {
  const only = process.env.DOSSIER_BIGDOC_SHAPES?.split(',').map((s) => s.trim());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bigdoc-'));
  const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rows: Record<string, unknown> = {};
  let worstMs = 0;
  let worstMb = 0;
  try {
    for (const [name, shape] of Object.entries(SHAPES)) {
      if (only && !only.includes(name)) continue;
      const text = shape(MAX_DOCUMENT_BYTES);
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.md`);
      fs.writeFileSync(file, text);
      const env = { ...process.env, DOSSIER_WORKSPACE: path.join(dir, 'no-workspace') };
      const args = [path.join(root, 'bin', 'dossier.cjs'), 'check', file, '--json'];
      const t0 = performance.now();
      const res = time
        ? spawnSync(time, ['-f', '@@%U %S %M', process.execPath, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 })
        : spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 30 });
      const wallMs = performance.now() - t0;
      const m = /@@([0-9.]+) ([0-9.]+) (\d+)\s*$/.exec(res.stderr ?? '');
      const mb = m ? Number(m[3]) / 1024 : null;
      let findings: number | null = null;
      try {
        findings = (JSON.parse(res.stdout) as { findings: unknown[] }).findings.length;
      } catch {
        findings = null;
      }
      worstMs = Math.max(worstMs, wallMs);
      worstMb = Math.max(worstMb, mb ?? 0);
      rows[name] = {
        bytes: Buffer.byteLength(text),
        lines: text.split('\n').length,
        wallMs: round(wallMs),
        cpuMs: m ? round((Number(m[1]) + Number(m[2])) * 1000) : null,
        maxRssMb: mb === null ? null : round(mb),
        exit: res.status,
        findings,
      };
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { goal: `each shape <= ${GOAL_MS} ms and <= ${GOAL_MB} MB`, met: worstMs <= GOAL_MS && worstMb <= GOAL_MB, worstMs: round(worstMs), worstMb: round(worstMb), shapes: rows };
}
