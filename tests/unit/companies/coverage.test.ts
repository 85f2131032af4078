import { describe, expect, it } from 'vitest';
import { coverage } from '../../../src/core/companies/coverage';
import type { Competency, RoundStatus } from '../../../src/core/workspace/schemas';

const r = (id: string, competencies: Competency[], status: RoundStatus = 'not-scheduled') => ({
  id,
  name: id,
  competencies,
  status,
});
const d = (id: string, tags: Competency[]) => ({ id, title: `Doc ${id}`, tags });

describe('coverage', () => {
  it('flags competencies tested with fewer than two documents', () => {
    const result = coverage(
      [r('case', ['product-vision', 'regulatory-acumen']), r('compliance', ['regulatory-acumen'])],
      [
        d('1', ['product-vision']),
        d('2', ['product-vision', 'technical-depth']),
        d('3', ['regulatory-acumen']),
      ],
    );
    expect(result.gaps).toEqual(['regulatory-acumen']);
    const reg = result.competencies.find((c) => c.competency === 'regulatory-acumen');
    expect(reg?.rounds.map((x) => x.id)).toEqual(['case', 'compliance']);
    expect(reg?.documents.map((x) => x.id)).toEqual(['3']);
    // documented but not tested: listed, never a gap
    expect(result.competencies.find((c) => c.competency === 'technical-depth')).toMatchObject({
      thin: false,
      rounds: [],
    });
  });

  it('ignores declined rounds and lists nothing for an empty loop', () => {
    expect(coverage([r('x', ['execution-rigor'], 'declined')], []).gaps).toEqual([]);
    expect(coverage([], [])).toEqual({ competencies: [], gaps: [] });
  });

  it.each([
    [0, true],
    [1, true],
    [2, false],
    [3, false],
  ])('with %i documents the competency is thin: %s', (n, thin) => {
    const docs = Array.from({ length: n }, (_, i) => d(String(i), ['execution-rigor']));
    expect(coverage([r('x', ['execution-rigor'])], docs).competencies[0]?.thin).toBe(thin);
  });
});
