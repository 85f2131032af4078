// The `dossier` CLI contract (DESIGN.md): exit codes, JSON shape, text output (golden), and the
// other commands. Key paths spawn the real bin/dossier.cjs; the rest run in-process.
import { spawn as spawnAsync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured';
import { createCoreContext } from '../../../src/core/openContext';
import { cliEnv } from '../fixtures/isolatedHome';
import { withoutErrorsLeft } from './fixtures/errorsLeft';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'dossier.cjs');
const weak = 'tests/fixtures/weak-brief.md';
const strong = 'tests/fixtures/strong-brief.md';

function spawn(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: cliEnv(env) });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

const cli = (args: string[], env: Record<string, string | undefined> = {}) => runCliCaptured(args, { env });

interface JsonOut {
  template: string;
  company: string | null;
  score: number;
  wordCount: number;
  findings: { rule: string; severity: string; section: string | null; line: number; column: number; message: string; excerpt: string; suggestion: string }[];
}

describe('dossier check (spawned)', () => {
  it('exits 1 on the weak brief and 0 on the strong one, with a clear score difference', () => {
    const w = spawn(['check', weak, '--json']);
    const s = spawn(['check', strong, '--json']);
    expect(w.code).toBe(1);
    expect(s.code).toBe(0);
    const wj = JSON.parse(w.stdout) as JsonOut;
    const sj = JSON.parse(s.stdout) as JsonOut;
    expect(Object.keys(wj)).toEqual(['template', 'company', 'score', 'wordCount', 'findings']);
    expect(wj.template).toBe('impact-brief');
    expect(wj.company).toBe('wells-fargo');
    for (const f of wj.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'section', 'line', 'column', 'message', 'excerpt', 'suggestion']);
    }
    expect(sj.score - wj.score).toBeGreaterThanOrEqual(50);
    expect(wj.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['quantified-impact', 'vague-language', 'tool-without-outcome', 'compliance-afterthought', 'section-required', 'move-fast']));
    expect(sj.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('prints the golden text report for the weak brief', () => {
    const w = spawn(['check', weak]);
    const golden = fs.readFileSync(path.join(import.meta.dirname, 'golden', 'weak-brief.txt'), 'utf8');
    expect(w.stdout.split('\n')).toEqual(golden.split('\n'));
  });
  it('exits 2 with one clear line for a missing file and for an unknown command', () => {
    const missing = spawn(['check', 'nope.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual(['nope.md: no such file.']);
    const unknown = spawn(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});

// A Chinese draft's findings are Chinese (newcomer trial): message and suggestion, in the report
// and in --json (same keys, same rules); --lang en|zh overrides the draft's language.
describe('dossier check of a Chinese draft (spawned)', () => {
  const zh = 'tests/fixtures/weak-brief-zh.md';
  const han = /\p{Script=Han}/u;
  it('prints Chinese messages and suggestions, in the report and in --json', () => {
    const text = spawn(['check', zh]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('quantified-impact [decisions]: 这里写了成果，但没有数字。');
    expect(text.stdout).toContain('→ 补上数字和单位');
    expect(text.stdout).toContain('必填部分“风险与合规”还是空的。');
    expect(text.stdout.split('\n')[0]).toMatch(/^tests\/fixtures\/weak-brief-zh\.md: impact-brief，wells-fargo · 得分 \d+\/100 · 55 词$/);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ 条错误，\d+ 条警告，\d+ 条提示$/);
    const json = JSON.parse(spawn(['check', zh, '--json']).stdout) as JsonOut;
    expect(Object.keys(json)).toEqual(['template', 'company', 'score', 'wordCount', 'findings']);
    expect(json.findings.length).toBeGreaterThan(5);
    for (const f of json.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'section', 'line', 'column', 'message', 'excerpt', 'suggestion']);
      expect(f.message, f.rule).toMatch(han);
    }
  });
  it('--lang en gives the same findings in English, --lang zh an English draft in Chinese', () => {
    const zhJson = JSON.parse(spawn(['check', zh, '--json']).stdout) as JsonOut;
    const enJson = JSON.parse(spawn(['check', zh, '--json', '--lang', 'en']).stdout) as JsonOut;
    expect(enJson.findings.map((f) => [f.rule, f.line, f.column])).toEqual(zhJson.findings.map((f) => [f.rule, f.line, f.column]));
    expect(enJson.score).toBe(zhJson.score);
    expect(enJson.findings.find((f) => f.rule === 'quantified-impact')?.message).toMatch(/^This states an outcome without a number/);
    const weakZh = spawn(['check', weak, '--lang', 'zh']);
    expect(weakZh.stdout).toContain('这份面向银行的文档从头到尾没有提到模型风险治理');
    expect(spawn(['check', weak]).stdout).toContain('This bank-facing document never mentions model risk governance');
  });
  it('refuses another --lang in one line, exit 2', () => {
    const bad = spawn(['check', zh, '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      "dossier check: --lang takes en or zh (findings follow the draft's language without it). Usage: dossier check FILE.md [--company SLUG] [--lang en|zh] [--json]",
    ]);
  });
});

describe('output to a closed pipe (spawned)', () => {
  it('stops quietly with the command\'s own exit code when the reader goes away (`dossier check … | head`)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pipe-'));
    try {
      // The weak brief's body 40 times: a JSON report far larger than a pipe's buffer.
      const [, front, body] = fs.readFileSync(path.join(root, weak), 'utf8').split('---');
      const big = path.join(dir, 'big.md');
      fs.writeFileSync(big, `---${front}---${body!.repeat(40)}`);
      const full = spawn(['check', big, '--json']);
      expect(full.code).toBe(1);
      expect(full.stdout.length).toBeGreaterThan(200_000);
      const child = spawnAsync(process.execPath, [bin, 'check', big, '--json'], { cwd: root, env: cliEnv() });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const first = await new Promise<Buffer>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d)));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      // Compared as bytes: a pipe's chunk may end inside a multi-byte character (“, →).
      expect(Buffer.from(full.stdout, 'utf8').subarray(0, first.length).equals(first)).toBe(true);
      expect([code, stderr]).toEqual([1, '']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('standard output that cannot be written (spawned)', () => {
  it.skipIf(!fs.existsSync('/dev/full'))('a full disk is one line on stderr and exit 2, never a stack trace or check\'s 1 (`> /dev/full`)', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['check', weak, '--json'],
        ['export', weak, '--format', 'md', '--out', '-'],
      ]) {
        const res = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: cliEnv(), stdio: ['ignore', full, 'pipe'] });
        expect([res.status, withoutErrorsLeft(res.stderr)]).toEqual([2, `dossier ${args[0]}: cannot write standard output: the disk is full; what was printed is incomplete.\n`]);
      }
    } finally {
      fs.closeSync(full);
    }
  }, 30_000);
  it('a reader that is already gone (`| true`) is quiet; the command still finishes its work with its own exit code', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pipe-'));
    try {
      // `true` exits at once, long before node has started: the first write meets a closed pipe.
      // The export prints "Wrote …" after its first file; the second must still be written.
      const node = `"${process.execPath}" "${bin}"`;
      const script = [
        `${node} check ${weak} --json | true; echo "check $\{PIPESTATUS[0]}"`,
        `${node} export ${weak} ${strong} --format docx --out "${dir}" | true; echo "export $\{PIPESTATUS[0]}"`,
      ].join('; ');
      const res = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: cliEnv() });
      expect([res.stdout, withoutErrorsLeft(res.stderr)]).toEqual(['check 1\nexport 0\n', '']);
      expect(fs.readdirSync(dir).sort()).toEqual(['strong-brief.docx', 'weak-brief.docx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('dossier check (in-process)', () => {
  it('reports finding lines as lines of the file', async () => {
    const r = await cli(['check', weak, '--json']);
    const j = JSON.parse(r.stdout) as JsonOut;
    const lines = fs.readFileSync(path.join(root, weak), 'utf8').split('\n');
    const found = j.findings.filter((x) => x.rule === 'move-fast').map((f) => lines[f.line - 1]?.slice(f.column - 1));
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^ship and iterate/)]));
  });
  it('--company overrides the front matter; fintech drops bank rules', async () => {
    const r = await cli(['check', weak, '--json', '--company', 'fintech']);
    const j = JSON.parse(r.stdout) as JsonOut;
    expect(j.company).toBe('fintech');
    expect(j.findings.some((f) => f.rule === 'move-fast')).toBe(false);
    expect(j.findings.some((f) => f.rule === 'failure-modes')).toBe(true);
  });
  it('--company accepts a company by its everyday name (the UI names folders jpmorgan-chase)', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const byId = JSON.parse((await cli(['check', weak, '--json', '--company', 'jpmorgan', '--workspace', empty])).stdout) as JsonOut;
    for (const name of ['jpmorgan-chase', 'Chase', 'JPMorgan Chase & Co.']) {
      const r = await cli(['check', weak, '--json', '--company', name, '--workspace', empty]);
      expect(r.code).not.toBe(2);
      const j = JSON.parse(r.stdout) as JsonOut;
      expect(j.findings).toEqual(byId.findings);
      expect(j.score).toBe(byId.score);
    }
  });
  it('an unknown company says how to reach a company folder of another workspace (--workspace)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const r = await cli(['check', weak, '--company', 'revolut-senior-pm-london', '--workspace', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown company “revolut-senior-pm-london”.*add --workspace DIR/);
  });
  it('exits 2 on bad input: unknown company, bad flag, malformed front matter, no template', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const bad = path.join(dir, 'bad.md');
    fs.writeFileSync(bad, '---\ntemplate: [oops\n---\n## Problem\n');
    const none = path.join(dir, 'none.md');
    fs.writeFileSync(none, '## Problem\nText\n');
    const unknownTpl = path.join(dir, 'tpl.md');
    fs.writeFileSync(unknownTpl, '---\ntemplate: nope\n---\n');
    for (const args of [
      ['check', weak, '--company', 'nope', '--workspace', dir],
      ['check', weak, '--bogus'],
      ['check'],
      ['check', weak, 'extra.md'],
      ['check', bad],
      ['check', none],
      ['check', unknownTpl],
      ['templates', 'x'],
      [],
      ['--json'],
      ['check', weak, '--company', '--json'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    const ambiguous = await cli(['check', weak, '--company', '--json']);
    expect(ambiguous.stderr).toMatch(/^dossier check: --company needs a value before the next option/);
  });
  it('honours inline silencing and front-matter silencedRules', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const file = path.join(dir, 'b.md');
    const text = fs.readFileSync(path.join(root, strong), 'utf8').replace('## Problem\n\n', '## Problem\n\n<!-- dossier-ignore vague-language -->\nWorked on things. ');
    fs.writeFileSync(file, text);
    const r = await cli(['check', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(\d+ silenced\)/);
    fs.writeFileSync(file, text.replace('title:', 'silencedRules: [quantified-impact]\ntitle:').replace('<!-- dossier-ignore vague-language -->\n', ''));
    const j = JSON.parse((await cli(['check', file, '--json'])).stdout) as JsonOut;
    expect(j.findings.some((f) => f.rule === 'quantified-impact')).toBe(false);
    expect(j.findings.some((f) => f.rule === 'vague-language')).toBe(true);
  });
});

describe('other commands', () => {
  it('exports a document with a 100-character Chinese title into a folder (name cut to the byte limit)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-longname-'));
    try {
      const source = fs.readFileSync(path.join(root, strong), 'utf8').replace(/^title: .*$/m, `title: ${'中'.repeat(100)}`);
      const file = path.join(dir, 'long.md');
      fs.writeFileSync(file, source);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      const r = await cli(['export', file, '--format', 'md', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const [name] = fs.readdirSync(out);
      expect(name).toMatch(/中+ - \d{4}-\d{2}-\d{2}\.md$/);
      expect(Buffer.byteLength(name ?? '')).toBeLessThanOrEqual(255);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('templates --json lists ids, names and sections', async () => {
    const r = await cli(['templates', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; name: string; sections: { id: string; label: string; required: boolean }[] }[];
    const brief = list.find((t) => t.id === 'impact-brief');
    expect(brief?.name).toBe('One-page impact brief');
    expect(brief?.sections[0]).toEqual({ id: 'problem', label: 'Problem', required: true });
    // One entry per template file: a template that fails to load would be missing here.
    expect(list).toHaveLength(fs.readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.json')).length);
  });
  it('rules --json lists id, kind, severity and why', async () => {
    const r = await cli(['rules', '--json']);
    const list = JSON.parse(r.stdout) as { id: string; kind: string; severity: string; why: string }[];
    const q = list.find((x) => x.id === 'quantified-impact');
    expect(q).toMatchObject({ kind: 'sentence-needs-number', severity: 'error' });
    expect(q?.why.length).toBeGreaterThan(20);
    const text = await cli(['rules']);
    expect(text.stdout).toContain('confidentiality');
  });
  it('--help prints the usage and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dossier check FILE.md [--company SLUG] [--lang en|zh] [--json]');
  });
  it('init creates a workspace (with the sample) and import adds the document', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const ws = path.join(dir, 'ws');
    const init = await cli(['init', '--workspace', ws, '--sample']);
    expect(init.code).toBe(0);
    expect(fs.existsSync(path.join(ws, 'workspace.json'))).toBe(true);
    const again = await cli(['init', '--workspace', ws]);
    expect(again.stdout).toMatch(/already exists/);
    const imp = await cli(['import', strong, '--workspace', ws]);
    expect(imp.code).toBe(0);
    const m = /companies\/([^/]+)\/documents\/([^.]+)\.json/.exec(imp.stdout);
    expect(m).not.toBeNull();
    const saved = JSON.parse(fs.readFileSync(path.join(ws, 'companies', m?.[1] ?? '', 'documents', `${m?.[2] ?? ''}.json`), 'utf8')) as { title: string; sections: Record<string, string> };
    expect(saved.title).toBe('Real-time card fraud scoring');
    expect(saved.sections.outcome).toContain('$4.1M to $2.9M');
    const check = await cli(['check', weak, '--company', m?.[1] ?? '', '--workspace', ws, '--json']);
    expect(check.code).toBe(1);
    // Headings the template does not know: the import says where their text went.
    expect(imp.stdout).not.toMatch(/didn't match/);
    const loose = await cli(['import', 'tests/fixtures/unplaced-headings/vp-en.md', '--company', m?.[1] ?? '', '--workspace', ws]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toMatch(/\n\d headings? didn't match this template's sections \(.*“Appendix: how I measured”\); .* kept as sections? of (its|their) own after the last template section \(“Close”\)/);
    const noWs = await cli(['import', strong, '--workspace', path.join(dir, 'missing')]);
    expect(noWs.code).toBe(2);
  });
  it('check reads private terms and disabled rules from the workspace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const ws = path.join(dir, 'ws');
    expect((await cli(['init', '--workspace', ws])).code).toBe(0);
    const ctx = await createCoreContext({ root: ws, shell: 'cli', appRoot: root });
    ctx.store.updateSettings({ privateTerms: ['real-time scoring'], disabledRules: ['governance-terms'] });
    ctx.store.close();
    const r = await cli(['check', strong, '--json', '--workspace', ws]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as JsonOut;
    expect(j.findings.filter((f) => f.rule === 'confidentiality').length).toBeGreaterThan(0);
    const viaEnv = JSON.parse((await cli(['check', weak, '--json'], { DOSSIER_WORKSPACE: ws })).stdout) as JsonOut;
    expect(viaEnv.findings.some((f) => f.rule === 'governance-terms')).toBe(false);
  });
});
