// A CLI start loads no ICU collator: rule packs are ordered and findings tie-broken by code unit
// instead of localeCompare. For the names involved (rule ids are [a-z0-9-], as rulePacks.ts
// requires; pack files are the app's own lower-case names) both orders are the same.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { appRoot } from './ruleHarness';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('code-unit order where localeCompare was used', () => {
  it('orders rule ids as localeCompare does', () => {
    const builtIn = [...new Set(loadRulePacks(appRoot).rules.map((r) => r.id))];
    expect(builtIn.length).toBeGreaterThan(20);
    expect([...builtIn].sort(byCodeUnit)).toEqual([...builtIn].sort((a, b) => a.localeCompare(b)));
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
    fc.assert(fc.property(id, id, (a, b) => Math.sign(byCodeUnit(a, b)) === Math.sign(a.localeCompare(b))), { numRuns: 2000 });
  });

  it('loads the built-in packs core first, then in the order localeCompare gave', () => {
    const files = fs.readdirSync(path.join(appRoot, 'resources', 'rubrics')).filter((n) => n.endsWith('.json'));
    const before = [...files].sort((a, b) => (a === 'core.json' ? -1 : b === 'core.json' ? 1 : a.localeCompare(b)));
    const packs = [...new Set(loadRulePacks(appRoot).rules.map((r) => r.pack))];
    expect(packs.map((p) => `${p}.json`)).toEqual(before);
  });
});
