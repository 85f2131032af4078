// Newcomer F13/F27: a pay memo at a company whose guides publish no pay figures scores 100 because
// nothing could be checked. The caveat says so, naming the guide, in the memo view (CompanyView),
// on the dashboard (companies with a pay document) and in `dossier check`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { payCaveat } from '../../../src/core/companies/payCaveat';
import type { CompanyFile } from '../../../src/core/workspace/schemas';
import { runCliCaptured } from '../cli/runCliCaptured';

const appRoot = path.resolve(import.meta.dirname, '../../..');
const own = { bandsOverride: { base: { min: 200000, max: 240000 }, bonusPercent: null, baseIsRigid: false } } as unknown as CompanyFile;

describe('payCaveat', () => {
  it.each([
    ['fintech', null, /not checked against a band: the Fintech guide publishes no pay figures/],
    ['jpmorgan', null, null],
    ['wells-fargo', null, null],
    ['american-express', null, null],
    ['fintech', own, null],
    [null, null, /this folder has no company guide and no band of your own/],
  ] as const)('profile %s, own band %s', (profileId, company, expected) => {
    const text = payCaveat(profileId ? findProfile(appRoot, profileId) : null, company);
    if (expected === null) expect(text).toBeNull();
    else expect(text).toMatch(expected);
  });

  it('dossier check says it under a clean Stripe memo, and not under a JPMorgan one', async () => {
    const stripe = await runCliCaptured(['check', 'tests/fixtures/newcomer/stripe-comp.md', '--company', 'fintech']);
    expect(stripe.stdout).toContain('score 100/100');
    expect(stripe.stdout).toContain('Note: Your pay figures were not checked against a band: the Fintech guide publishes no pay figures');
    const jpm = await runCliCaptured(['check', 'tests/fixtures/newcomer/jpm-comp.md', '--company', 'jpmorgan']);
    expect(jpm.stdout).not.toContain('not checked against a band');
  });
});
