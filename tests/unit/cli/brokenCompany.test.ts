// A company file that cannot be read is named in one line, exit 2, by every command that takes
// the company folder; never replaced by the built-in profile's defaults.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const strong = path.join(root, 'tests/fixtures/strong-brief.md');

const cli = (args: string[]) => runCliCaptured(args);

describe('a truncated companies/<slug>/dossier.json', () => {
  it('questions, check, export and import name the file and stop (exit 2)', async () => {
    const ws = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-broken-')), 'ws');
    expect((await cli(['init', '--workspace', ws])).code).toBe(0);
    const imp = await cli(['import', strong, '--workspace', ws]);
    expect(imp.code).toBe(0);
    const slug = /companies\/([^/]+)\//.exec(imp.stdout)?.[1] ?? '';
    expect(slug).not.toBe('');
    const file = path.join(ws, 'companies', slug, 'dossier.json');
    const before = fs.readFileSync(file);
    const broken = before.subarray(0, 30);
    fs.writeFileSync(file, broken);

    const out = path.join(ws, '..', 'out.md');
    for (const args of [
      ['questions', '--company', slug, '--workspace', ws],
      ['check', strong, '--company', slug, '--workspace', ws],
      ['export', strong, '--company', slug, '--workspace', ws, '--format', 'md', '--out', out],
      ['import', strong, '--company', slug, '--workspace', ws],
    ]) {
      const r = await cli(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stdout, args[0]).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, args[0]).toHaveLength(1);
      expect(lines[0], args[0]).toContain(`companies/${slug}/dossier.json`);
      expect(lines[0], args[0]).toContain('The company folder exists, but');
    }
    expect(fs.readFileSync(file)).toEqual(broken); // never overwritten
    expect(fs.existsSync(out)).toBe(false);
  });
});
