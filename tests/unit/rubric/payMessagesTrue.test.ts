// Newcomer 9 §5, on the Wells Fargo VP memo: (1) "$195k–$210k sits inside it" was said of both
// guides' bands, though the Chinese guide's is $135k–$195k; (2) the $30,000 bonus the candidate
// would forfeit was read as a flat sign-on ask and answered with a bonus-percent example. A
// message's claim about a band must hold for the band it names, and money left behind is the
// reason for a sign-on, not the ask.
import { describe, expect, it } from 'vitest';
import { analyzeClaim } from '../../../src/core/rubric/claims/analyzeClaim';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { appRoot, compBandFindings, findingsOf, run } from './ruleHarness';

/** Every "X–Y sits inside that band" / "In the G (A–B), X–Y sits inside" is checked against the band named next to it. */
function insideClaimsHold(message: string): void {
  const k = (s: string): number => Number(s.replace(/[$,k]/g, '')) * (s.endsWith('k') ? 1000 : 1);
  const money = String.raw`\$[\d.,]+k?`;
  const pairs = [
    ...message.matchAll(new RegExp(String.raw`\((${money})–(${money})\); (${money})–(${money}) sits inside that band`, 'g')),
    ...message.matchAll(new RegExp(String.raw`\((${money})–(${money})\), (${money})–(${money}) sits inside`, 'g')),
  ];
  for (const m of pairs) {
    const [bandMin, bandMax, lo, hi] = [m[1], m[2], m[3], m[4]].map((x) => k(x ?? ''));
    expect(lo, message).toBeGreaterThanOrEqual(bandMin ?? 0);
    expect(hi, message).toBeLessThanOrEqual(bandMax ?? 0);
  }
}

describe('comp-band: a part said to sit inside a band sits inside that band', () => {
  it.each([
    // [base sentence, what the message must say about each band]
    ['For base salary I am looking at $195,000 to $215,000.', ['$195k–$210k sits inside that band', 'only the floor ($195k) is inside; the top is $20k above']],
    ['My base ask is $180,000 to $215,000.', ['$180k–$210k sits inside that band', '$180k–$195k sits inside and the top is $20k above']],
    ['My base ask is $200,000 to $215,000.', ['$200k–$210k sits inside that band', 'The whole ask is above the band in the Wells Fargo guide (Chinese) ($135k–$195k)']],
  ])('Wells Fargo: %s', (text, says) => {
    const f = compBandFindings('wells-fargo', { base: text });
    expect(f).toHaveLength(1);
    const message = f[0]?.message ?? '';
    for (const s of says) expect(message).toContain(s);
    expect(message).not.toMatch(/sits inside it\b/);
    expect(message).toContain('Wells Fargo guide (English) ($150k–$210k)');
    insideClaimsHold(message);
  });

  it('a Chinese memo says the same in Chinese', () => {
    const bands = companyBands(findProfile(appRoot, 'wells-fargo'), null);
    const sections = { base: '我希望底薪在19.5万到21.5万美元之间。' };
    const f = run({ text: '', template: 'comp-memo', company: 'wells-fargo', sections, bands, lang: 'zh' }).findings.filter((x) => x.rule === 'comp-band' && x.severity !== 'info');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('只有下限 $195k 在区间之内');
    expect(f[0]?.message).not.toMatch(/\$195k–\$210k 在区间之内/);
  });

  it('a company with one band keeps the one-band message', () => {
    const f = compBandFindings('american-express', { base: 'My base ask is $190,000 to $220,000.' });
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('$190k–$210k sits inside it');
    insideClaimsHold(f[0]?.message ?? '');
  });
});

describe('money the candidate leaves behind is not the ask', () => {
  it.each([
    ['I have an unvested bonus of roughly $30,000 at my current employer that I would forfeit, so I would ask for a sign-on bonus to cover it.', '$30,000'],
    ['I would forfeit $30,000 of unvested stock, so I would ask for a sign-on bonus to cover it.', '$30,000'],
    ['My unvested RSUs worth about $45,000 would be lost, so I would ask for a sign-on to replace them.', '$45,000'],
    ['There is $30,000 at my current employer which I would lose, so I would ask for a sign-on.', '$30,000'],
    ['我在现公司未归属的奖金约3万美元，所以我会要求一笔签约奖金来弥补。', '3万美元'],
  ])('stance current, no comp-range finding: %s', (text, figure) => {
    const claim = analyzeClaim({ start: 0, end: text.length, text });
    const q = claim.quantities.find((x) => text.slice(x.start, x.end) === figure);
    expect(q?.stance).toBe('current');
    expect(findingsOf('comp-range', { text, template: 'comp-memo', section: 'sign-on', company: 'wells-fargo' })).toEqual([]);
  });

  it.each([
    'I would ask for a $30,000 sign-on to cover the bonus that I would forfeit.',
    'I would ask for a $30,000 sign-on to cover my unvested bonus.',
    '我希望签约奖金3万美元，用来弥补未归属的奖金。',
  ])('a flat sign-on ask is still one, with a sign-on example: %s', (text) => {
    const f = findingsOf('comp-range', { text, template: 'comp-memo', section: 'sign-on', company: 'wells-fargo' });
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion ?? '').not.toMatch(/target bonus|目标奖金/);
  });
});

describe('comp-range advice is in the figure’s own currency (newcomer 9 §4)', () => {
  it.each([
    ['I would ask for a sign-on of £10,000 to offset the bonus I give up by leaving mid-year.', 'fintech', '£10k–£12k'],
    ['I would ask for a sign-on of €20,000.', 'fintech', '€20k–€24k'],
    ['My base ask is £150,000.', 'wells-fargo', '£150k–£180k'],
    ['I would ask for a sign-on of CA$40,000.', 'american-express', 'CA$40k–CA$48k'],
  ])('%s', (text, company, range) => {
    const f = findingsOf('comp-range', { text, template: 'comp-memo', section: text.includes('base') ? 'base' : 'sign-on', company });
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).toContain(range);
    expect(f[0]?.suggestion).not.toMatch(/(?<![A-Z])\$\d/); // no US-dollar figure
  });

  it('a US-dollar flat sign-on keeps the dollar example', () => {
    const f = findingsOf('comp-range', { text: 'I would ask for a sign-on of $30,000.', template: 'comp-memo', section: 'sign-on', company: 'fintech' });
    expect(f[0]?.suggestion).toMatch(/\$35k–\$45k/);
  });
});
