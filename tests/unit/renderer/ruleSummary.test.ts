import { describe, expect, it } from 'vitest';
import { ruleSummary } from '../../../src/renderer/src/features/settings/ruleSummary';

describe('ruleSummary', () => {
  it.each([
    [{ message: 'This states an outcome without a number.', why: 'Committees want value.' }, 'This states an outcome without a number.'],
    [{ message: '“{match}” is vague: say what you did.', why: 'Filler reads as noise.' }, 'Filler reads as noise.'],
    [{ message: 'About {words} words against a budget of {budget}.', why: null }, 'About … words against a budget of ….'],
    [{ message: '“{match}” is vague: say what you did.' }, 'Is vague: say what you did.'],
  ])('%j -> %j', (rule, expected) => {
    expect(ruleSummary(rule)).toBe(expected);
  });

  it('never shows a placeholder for any shipped rule', async () => {
    const { loadRulePacks } = await import('../../../src/core/rubric/loadRulePacks');
    const { resolve } = await import('node:path');
    const packs = loadRulePacks(resolve(import.meta.dirname, '..', '..', '..'));
    const rules = packs.rules;
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) expect(ruleSummary(rule), rule.id).not.toMatch(/\{\w+\}/);
  });
});
