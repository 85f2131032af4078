// The CLI's bundles are ASCII (scripts/build-cli.mjs's asciiOnly): Node reads an ASCII source as
// a plain copy, where a file with one Chinese rule pattern is decoded from UTF-8 character by
// character (4% of a DOCX export's instructions). Escaping must not change a result: the build's
// findings and DOCX text for a brief full of Chinese rule words, currency signs and dashes equal
// the sources'.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { cliEnv } from '../fixtures/isolatedHome';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'dossier.cjs');

/** True when out/cli was built from the sources as they are now: bin/cliBuild.cjs's own test. */
function buildIsCurrent(): boolean {
  return (createRequire(import.meta.url)(path.join(root, 'bin', 'cliBuild.cjs')) as { buildIsCurrent: (appRoot: string) => boolean }).buildIsCurrent(root);
}

const MIXED = `---
template: impact-brief
company: wells-fargo
title: 实时反欺诈 — real-time fraud scoring
---
## Problem

欺诈损失每年达到￥2900万，占交易额的百分之三；Card-not-present losses had reached €4.1M — a year’s worth.

## Decisions I owned

我们直到合规部门签字之后才上线，模型风险团队没有参与设计评审。I chose real-time scoring (“ship fast, iterate weekly”).

## Outcome

欺诈损失下降了三成，未公开的第三季度数据显示损失降至£2.9M。

## Risk and compliance

监管太保守了，拖累了AI创新。Model risk signed off before launch.
`;

function run(args: string[], cwd: string, fromSource: boolean): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: cliEnv({ DOSSIER_CLI_FROM_SOURCE: fromSource ? '1' : '' }),
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('the CLI build is ASCII and means the same', () => {
  it.skipIf(!buildIsCurrent())('every bundle in out/cli is ASCII', () => {
    const bundles = fs.readdirSync(path.join(root, 'out', 'cli')).filter((f) => f.endsWith('.cjs'));
    expect(bundles.length).toBeGreaterThan(0);
    for (const b of bundles) {
      const text = fs.readFileSync(path.join(root, 'out', 'cli', b), 'latin1');
      const at = text.search(/[\u0080-\uffff]/);
      expect(at === -1 ? '' : `${b}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`).toBe('');
    }
  });

  it.skipIf(!buildIsCurrent())("findings and DOCX text for a Chinese and English brief equal the sources'", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ascii-'));
    try {
      fs.writeFileSync(path.join(dir, 'mixed.md'), MIXED);
      const built = run(['check', 'mixed.md', '--json'], dir, false);
      const source = run(['check', 'mixed.md', '--json'], dir, true);
      expect(built.stderr).toBe('');
      const findings = (JSON.parse(built.stdout) as { findings: { rule: string }[] }).findings;
      expect(findings.length).toBeGreaterThan(3);
      expect(built.stdout).toBe(source.stdout);

      const documentXml = (file: string): string => new TextDecoder().decode(unzipSync(fs.readFileSync(path.join(dir, file)))['word/document.xml']);
      expect(run(['export', 'mixed.md', '--format', 'docx', '--out', 'built.docx', '--confirm-private-terms'], dir, false).status).toBe(0);
      expect(run(['export', 'mixed.md', '--format', 'docx', '--out', 'source.docx', '--confirm-private-terms'], dir, true).status).toBe(0);
      expect(documentXml('built.docx')).toContain('欺诈损失每年达到￥2900万');
      // Hyperlink ids are random; this text has none, so the XML is the same byte for byte.
      expect(documentXml('built.docx')).toBe(documentXml('source.docx'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
