// Rule labels: every shipped rule has a plain name, and an unknown id still reads as words.
import { describe, expect, it } from 'vitest';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { ruleLabel, ruleLabels } from '../../../src/core/rubric/ruleLabels';
import { appRoot } from './ruleHarness';

describe('ruleLabel', () => {
  it('names every rule in the built-in packs (add a line to ruleLabels.ts for a new rule)', () => {
    const missing = [...new Set(loadRulePacks(appRoot).rules.map((r) => r.id))].filter((id) => !(id in ruleLabels));
    expect(missing).toEqual([]);
  });
  it('labels are short words, never the id itself', () => {
    for (const [id, label] of Object.entries(ruleLabels)) {
      expect(label, id).not.toBe(id);
      expect(label, id).not.toMatch(/[a-z]-[a-z]+-/);
      expect(label.split(' ').length, id).toBeLessThanOrEqual(6);
    }
  });
  it.each([
    ['comp-band', 'Outside the pay band'],
    ['some-new-rule', 'Some new rule'],
    ['snake_case_rule', 'Snake case rule'],
    ['---', 'Rule'],
  ])('%s -> %s', (id, label) => {
    expect(ruleLabel(id)).toBe(label);
  });
});
