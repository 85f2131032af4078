import { describe, expect, it } from 'vitest';
import type { CompanyView, CompPackage } from '../../../src/shared/api';
import { compFindings, placeAsk } from '../../../src/renderer/src/features/company/comp/compFindings';

const bands = (over: Partial<CompanyView['bands']> = {}): CompanyView['bands'] => ({
  base: { min: 150000, max: 210000 },
  bonusPercent: { min: 12, max: 18 },
  baseIsRigid: false,
  source: 'guide-A',
  rigidSource: null,
  alternatives: [],
  ...over,
});
const ask = (min: number, max: number): CompPackage => ({
  label: '',
  base: { min, max },
  bonusPercent: { min: 15, max: 20 },
  bonusDeferredPercent: 0,
  equity: null,
  signOn: 0,
  relocation: 0,
  stipendPerYear: 0,
});
const placed = (floor: 'below' | 'inside' | 'above', stretch: 'below' | 'inside' | 'above') => ({
  floor: { position: floor, distance: 1, message: `$1 ${floor} the band ($150,000–$210,000).` },
  stretch: { position: stretch, distance: 20000, message: `$20,000 ${stretch} the band ($150,000–$210,000).` },
});
const rules = (f: { rule: string }[]) => f.map((x) => x.rule).sort();

describe('compFindings', () => {
  it.each([
    ['inside the band, a range', ask(170000, 200000), placed('inside', 'inside'), [], 'bank', []],
    ['above the band', ask(220000, 240000), placed('above', 'above'), [], 'bank', ['comp-band']],
    ['below the band', ask(100000, 120000), placed('below', 'below'), [], 'bank', ['comp-band']],
    ['a flat number', ask(190000, 190000), placed('inside', 'inside'), [], 'bank', ['comp-range']],
    ['anchored on Meta at a bank', ask(170000, 200000), placed('inside', 'inside'), ['Meta', 'Chase'], 'bank', ['comp-benchmark']],
    ['anchored on Google at a fintech (fine)', ask(170000, 200000), placed('inside', 'inside'), ['Google'], 'fintech', []],
    ['no ask, no findings', null, null, [], 'bank', []],
  ] as const)('%s', (_name, a, placement, benchmarks, kind, expected) => {
    const f = compFindings({ ask: a, benchmarks: [...benchmarks], bands: bands(), placement, companyKind: kind });
    expect(rules(f)).toEqual([...expected].sort());
  });

  it('names the band source and the distance', () => {
    const [f] = compFindings({ ask: ask(220000, 240000), benchmarks: [], bands: bands(), placement: placed('above', 'above'), companyKind: 'bank' });
    expect(f?.message).toMatch(/\$220,000–\$240,000/);
    expect(f?.message).toMatch(/above the band/);
    expect(f?.message).toMatch(/guide-A/);
  });

  it('a rigid base adds an info finding naming its source', () => {
    const f = compFindings({
      ask: ask(170000, 200000),
      benchmarks: [],
      bands: bands({ baseIsRigid: true, rigidSource: 'guide-B' }),
      placement: placed('inside', 'inside'),
      companyKind: 'bank',
    });
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.message).toMatch(/guide-B/);
  });
});

describe('placeAsk', () => {
  it('places floor and stretch separately', () => {
    const p = placeAsk(ask(200000, 240000), { min: 150000, max: 210000 });
    expect(p?.floor.position).toBe('inside');
    expect(p?.stretch.position).toBe('above');
    expect(p?.stretch.distance).toBe(30000);
    expect(p?.stretch.message).toMatch(/\$30,000 above the band/);
    expect(placeAsk(ask(100000, 120000), { min: 150000, max: 210000 })?.stretch.position).toBe('below');
    expect(placeAsk(null, { min: 1, max: 2 })).toBeNull();
    expect(placeAsk(ask(1, 2), null)).toBeNull();
  });
});
