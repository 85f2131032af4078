// Newcomer F14/F15: a base ask that reaches into the band is judged by the part above it, and the
// JPMorgan advice on equity agrees with itself (the guide: equity is uncommon, negotiate cash).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, findingsOf } from './ruleHarness';

const band = (text: string, company: string) => findingsOf('comp-band', { text, template: 'comp-memo', section: 'base', company });

describe('comp-band names the part of an ask above the band', () => {
  it.each([
    ['jpmorgan', 'My base ask is $180,000–$215,000.', 'The top of your ask ($215k) is $5k above the published base band ($150k–$210k, JPMorgan Chase guide); $180k–$210k sits inside it.'],
    ['jpmorgan', 'Floor $180k, target $195k, stretch $215k.', 'The top of your ask ($215k) is $5k above the published base band ($150k–$210k, JPMorgan Chase guide); $180k–$210k sits inside it.'],
    ['american-express', 'I am asking for a base of $150k–$240k.', 'The top of your ask ($240k) is'],
    // Breaker F4: Wells Fargo publishes a band per guide; reaching into the wider one is partly inside.
    // Newcomer 9 §5: the part inside is named with the band it sits in, not said of both bands.
    ['wells-fargo', 'My base ask is $180k–$230k.', 'The top of your ask ($230k) is $20k above the base band in the Wells Fargo guide (English) ($150k–$210k); $180k–$210k sits inside that band. In the Wells Fargo guide (Chinese) ($135k–$195k), $180k–$195k sits inside and the top is $35k above.'],
  ])('a %s ask reaching into the band is a warning about its top: %s', (company, text, message) => {
    const f = band(text, company);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toContain(message);
  });
  it.each([
    ['jpmorgan', 'My base ask is $230k–$240k.'],
    ['jpmorgan', 'Floor $220k, target $230k, stretch $240k.'],
    ['wells-fargo', 'My base ask is $220k–$240k.'],
  ])('an ask wholly above the band stays an error (%s: %s)', (company, text) => {
    expect(band(text, company).map((x) => x.severity)).toEqual(expect.arrayContaining(['error']));
    expect(band(text, company).some((x) => x.message.includes('sits inside'))).toBe(false);
  });
  it('at JPMorgan the message says the figure is over both of the guide\'s readings', () => {
    expect(band('My base ask is $230k–$240k.', 'jpmorgan')[0]?.message).toContain('whether the guide\'s figure is read as base or as total cash');
  });
});

describe('JPMorgan equity advice is consistent with the guide', () => {
  it('a flat equity figure gets a cash example, not an RSU one', () => {
    const f = findingsOf('comp-range', {
      text: 'I know equity is a small part of pay at the bank, so I would ask for restricted stock of $20k a year rather than a large grant.',
      template: 'comp-memo',
      section: 'bonus-equity',
      company: 'jpmorgan',
    });
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).not.toMatch(/RSU/);
    expect(f[0]?.suggestion).toContain('Equity is uncommon in this role\'s pay (JPMorgan Chase guide)');
  });
  it('the profile and the rule pack agree: equity is uncommon at JPMorgan Chase, from its guide', () => {
    const profile = JSON.parse(fs.readFileSync(path.join(appRoot, 'resources', 'companies', 'jpmorgan.json'), 'utf8')) as {
      compensation: { equity: { kind: string } | null }[];
      negotiation: { text: string; source: string }[];
    };
    expect(profile.compensation.every((c) => c.equity?.kind === 'uncommon')).toBe(true);
    expect(profile.negotiation.some((n) => n.source === 'jpmorgan' && /rather than equity/.test(n.text))).toBe(true);
    const pack = fs.readFileSync(path.join(appRoot, 'resources', 'rubrics', 'jpmorgan.json'), 'utf8');
    expect(pack).not.toMatch(/RSU/);
  });
});
