// The workbench's typed figures are judged by the rubric's own comp rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/core/context';
import type { CompPackage } from '../../../src/core/workspace/schemas';
import { createCoreContext } from '../../../src/core/openContext';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { checkCompensation, compensationSections } from '../../../src/core/companies/checkCompensation';

const appRoot = path.resolve(import.meta.dirname, '../../..');
let ctx: CoreContext;
const slugs: Record<'wf' | 'fintech', string> = { wf: '', fintech: '' };

function ask(min: number, max: number): CompPackage {
  return {
    label: '',
    base: { min, max },
    bonusPercent: { min: 0, max: 0 },
    bonusDeferredPercent: 0,
    equity: null,
    signOn: 0,
    relocation: 0,
    stipendPerYear: 0,
  };
}

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-comp-check-'));
  ctx = await createCoreContext({ root, shell: 'cli', appRoot });
  slugs.wf = createSeededCompany(ctx, 'Wells Fargo', 'wells-fargo').slug;
  slugs.fintech = createSeededCompany(ctx, 'Stripe', 'fintech').slug;
});
afterAll(() => ctx.store.close());

const rules = (findings: { rule: string; severity: string }[]) => findings.map((f) => f.rule).sort();

describe('checkCompensation', () => {
  it.each([
    ['a base ask above the Wells Fargo band', 'wf' as const, ask(230_000, 260_000), [], ['comp-band']],
    ['one flat number', 'wf' as const, ask(180_000, 180_000), [], ['comp-range']],
    ['a bank case anchored on Meta', 'wf' as const, ask(170_000, 190_000), ['Meta'], ['comp-benchmark']],
  ])('flags %s', (_name, company, pkg, benchmarks, expected) => {
    const found = checkCompensation(ctx, { company: slugs[company], ask: pkg, benchmarks }).filter((f) => f.severity !== 'info');
    expect(rules(found)).toEqual(expected);
  });

  it.each([
    ['a tiered ask inside the band, anchored on banks', 'wf' as const, ask(170_000, 195_000), ['Chase', 'Citi']],
    ['no ask and no benchmarks', 'wf' as const, null, []],
    ['a fintech ask anchored on big tech', 'fintech' as const, ask(190_000, 210_000), ['Google']],
  ])('leaves %s alone', (_name, company, pkg, benchmarks) => {
    const found = checkCompensation(ctx, { company: slugs[company], ask: pkg, benchmarks }).filter((f) => f.severity !== 'info');
    expect(found).toEqual([]);
  });

  it('writes the values the way the memo would say them', () => {
    expect(compensationSections(ask(185_000, 200_000), ['Chase'])).toEqual({
      anchor: 'I am benchmarking this ask against Chase.',
      base: 'My base ask is $185,000–$200,000.',
    });
  });
});
