import { describe, expect, it } from 'vitest';
import { ChecklistItem, CompPackage, LoopRound } from '../../../src/core/workspace/schemas';
import {
  refuseErrors,
  validateBands,
  validateChecklist,
  validateCompPackage,
  validateLoop,
} from '../../../src/core/companies/validateInput';
import { DossierError } from '../../../src/core/errors';

const now = new Date('2026-11-23T09:00:00Z');
const round = (p: Partial<LoopRound>): LoopRound =>
  LoopRound.parse({ id: 'r1', name: 'Case study', minutes: 60, ...p });
const pkg = (p: Partial<CompPackage>): CompPackage =>
  CompPackage.parse({ base: { min: 150000, max: 200000 }, ...p });

describe('validateCompPackage', () => {
  it.each([
    [
      'base floor above stretch',
      { base: { min: 220000, max: 200000 } },
      'ask.base',
      /lowest base \(\$220,000\) is above the highest \(\$200,000\)/,
    ],
    [
      'absurd base',
      { base: { min: 150000, max: 6_000_000 } },
      'ask.base.max',
      /more than \$5,000,000; that looks like a typo/,
    ],
    ['negative sign-on', { signOn: -5 }, 'ask.signOn', /cannot be negative/],
    [
      'bonus percent reversed',
      { bonusPercent: { min: 20, max: 10 } },
      'ask.bonusPercent',
      /lowest bonus percent \(20 %\) is above/,
    ],
    [
      'absurd bonus, shown as a percent',
      { bonusPercent: { min: 10, max: 500 } },
      'ask.bonusPercent.max',
      /^The highest bonus percent of 500 % is more than 200 %; that looks like a typo\.$/,
    ],
    [
      'vesting longer than ten years',
      { equity: { kind: 'dollars', value: 10000, vestingYears: 12, cliffMonths: 12 } },
      'ask.equity.vestingYears',
      /at most 10 years/,
    ],
    [
      'no vesting period',
      { equity: { kind: 'dollars', value: 10000, vestingYears: 0, cliffMonths: 0 } },
      'ask.equity.vestingYears',
      /more than 0/,
    ],
    [
      'a cliff in part months',
      { equity: { kind: 'dollars', value: 10000, vestingYears: 4, cliffMonths: 6.5 } },
      'ask.equity.cliffMonths',
      /whole number of months from 0 to 60/,
    ],
    [
      'a cliff over five years',
      { equity: { kind: 'dollars', value: 10000, vestingYears: 10, cliffMonths: 61 } },
      'ask.equity.cliffMonths',
      /whole number of months from 0 to 60/,
    ],
    [
      'cliff longer than vesting',
      { equity: { kind: 'dollars', value: 10000, vestingYears: 2, cliffMonths: 36 } },
      'ask.equity.cliffMonths',
      /longer than the 2-year vesting/,
    ],
  ] as const)('refuses %s', (_name, patch, field, message) => {
    const problems = validateCompPackage({ ...pkg({}), ...patch } as CompPackage, 'ask');
    const hit = problems.find((p) => p.field === field);
    expect(hit?.severity).toBe('error');
    expect(hit?.message).toMatch(message);
  });

  it.each([
    ['base in thousands', { base: { min: 150, max: 200 } }, 'ask.base', /whole dollars/],
    [
      'large equity percent',
      {
        equity: {
          kind: 'percent',
          percent: 8,
          assumedValuation: 1e9,
          vestingYears: 4,
          cliffMonths: 12,
        },
      },
      'ask.equity.percent',
      /decimal point/,
    ],
    [
      'percent equity without valuation',
      {
        equity: {
          kind: 'percent',
          percent: 0.05,
          assumedValuation: 0,
          vestingYears: 4,
          cliffMonths: 12,
        },
      },
      'ask.equity.assumedValuation',
      /counts as \$0/,
    ],
  ] as const)('warns about %s', (_name, patch, field, message) => {
    const problems = validateCompPackage({ ...pkg({}), ...patch } as CompPackage, 'ask');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.find((p) => p.field === field)?.message).toMatch(message);
  });

  it('names a bad vesting period once, not again as a cliff problem', () => {
    const problems = validateCompPackage(
      { ...pkg({}), equity: { kind: 'dollars', value: 10000, vestingYears: 0, cliffMonths: 12 } },
      'ask',
    );
    expect(problems.map((p) => p.field)).toEqual(['ask.equity.vestingYears']);
  });

  it('accepts the edges of the vesting and cliff bounds', () => {
    const equity = (vestingYears: number, cliffMonths: number) =>
      pkg({ equity: { kind: 'dollars', value: 10000, vestingYears, cliffMonths } });
    expect(validateCompPackage(equity(10, 60), 'ask')).toEqual([]);
    expect(validateCompPackage(equity(0.1, 0), 'ask')).toEqual([]);
  });

  it('accepts a sensible package', () => {
    expect(
      validateCompPackage(pkg({ bonusPercent: { min: 10, max: 15 }, signOn: 25000 }), 'ask'),
    ).toEqual([]);
  });
});

describe('validateBands', () => {
  it('refuses min above max and absurd bases, accepts null', () => {
    expect(validateBands({ base: { min: 9, max: 1 }, bonusPercent: null })[0]?.field).toBe(
      'bands.base',
    );
    expect(validateBands({ base: { min: 1, max: 9e6 }, bonusPercent: null })[0]?.field).toBe(
      'bands.base.max',
    );
    expect(validateBands({ base: null, bonusPercent: { min: 5, max: 300 } })[0]).toMatchObject({
      field: 'bands.bonusPercent.max',
      message: expect.stringMatching(/300 % is more than 200 %/) as unknown,
    });
    expect(validateBands(null)).toEqual([]);
    expect(
      validateBands({ base: { min: 150000, max: 210000 }, bonusPercent: { min: 12, max: 18 } }),
    ).toEqual([]);
  });
  it('warns about a band typed in thousands', () => {
    expect(validateBands({ base: { min: 180, max: 200 }, bonusPercent: null })).toEqual([
      expect.objectContaining({
        field: 'bands.base',
        severity: 'warning',
        message: expect.stringMatching(/band maximum of \$200 a year looks too small/) as unknown,
      }),
    ]);
  });
});

describe('validateLoop', () => {
  it('warns about a scheduled date in the past, but not for a done round', () => {
    const past = validateLoop(
      [round({ status: 'scheduled', scheduledAt: '2026-11-20T10:00' })],
      now,
    );
    expect(past).toEqual([
      expect.objectContaining({
        field: 'loop.0.scheduledAt',
        severity: 'warning',
        message: expect.stringMatching(/already passed/),
      }),
    ]);
    expect(validateLoop([round({ status: 'done', scheduledAt: '2026-11-20T10:00' })], now)).toEqual(
      [],
    );
  });

  it.each([
    [
      'a date that does not exist',
      { scheduledAt: '2026-02-30T10:00' },
      'loop.0.scheduledAt',
      /not a real date/,
    ],
    ['an unknown time zone', { timeZone: 'Eastern' }, 'loop.0.timeZone', /not a time zone/],
    ['an empty name', { name: '   ' }, 'loop.0.name', /needs a name/],
  ] as const)('refuses %s', (_n, patch, field, message) => {
    const problems = validateLoop([round(patch)], now);
    expect(problems.find((p) => p.field === field && p.severity === 'error')?.message).toMatch(
      message,
    );
  });

  // The loop editor checks drafts before the schema does, so lengths are checked here too.
  it.each([
    [0, /whole number of minutes above zero/],
    [-5, /whole number of minutes above zero/],
    [12.5, /whole number/],
    [601, /more than 10 hours .* looks like a typo/],
  ])('refuses a length of %d minutes', (minutes, message) => {
    const problems = validateLoop([{ ...round({}), minutes }], now);
    expect(problems).toEqual([expect.objectContaining({ field: 'loop.0.minutes', severity: 'error', message: expect.stringMatching(message) as unknown })]);
  });

  it('refuses two rounds with the same id', () => {
    const problems = validateLoop([round({}), round({ name: 'Other' })], now);
    expect(problems[0]).toMatchObject({ field: 'loop.1.id', severity: 'error' });
  });

  it('accepts a future round', () => {
    expect(
      validateLoop([round({ status: 'scheduled', scheduledAt: '2026-12-03T14:00' })], now),
    ).toEqual([]);
  });
});

describe('validateChecklist and refuseErrors', () => {
  it('refuses duplicate ids with a field-first message', () => {
    const items = [
      ChecklistItem.parse({ id: 'a', text: 'One' }),
      ChecklistItem.parse({ id: 'a', text: 'Two' }),
    ];
    const problems = validateChecklist(items);
    expect(() => refuseErrors(problems)).toThrow(DossierError);
    try {
      refuseErrors(problems);
    } catch (err) {
      expect(err).toMatchObject({
        code: 'bad-request',
        message: 'checklist.1.id: Two checklist items share the id “a”.',
      });
    }
  });

  it('passes warnings through', () => {
    const warnings = [{ field: 'x', message: 'y', severity: 'warning' as const }];
    expect(refuseErrors(warnings)).toEqual(warnings);
  });
});
