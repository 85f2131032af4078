// Table tests (breaker F7, F9, F10): a base paid by another period than the year is judged as a
// year's pay against the guides' yearly bands (Wells Fargo $150k–$210k English guide, $135k–$195k
// Chinese guide; American Express $170k–$210k). Every tier of a monthly ask is a month, not only
// the first; a paycheck paid twice a month is × 24, every two weeks × 26, a week × 52; an hourly
// rate or a paycheck of unsaid frequency is noted as not compared (info), never guessed into a
// year; a month's figure that restates the yearly ask beside it is not judged twice. Chinese
// drafts get the sum in Chinese (每年 $240k（每月 $20k × 12）).
import { describe, expect, it } from 'vitest';
import { compBandFindings, run } from './ruleHarness';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { appRoot } from './ruleHarness';

const flags = (company: string, sections: Record<string, string>) => compBandFindings(company, sections);
const withInfo = (company: string, sections: Record<string, string>) => compBandFindings(company, sections, { info: true });

describe('comp-band: every tier of a monthly ask is a month', () => {
  it.each<[string, Record<string, string>, string[]]>([
    // The stretch ($17k × 12 = $204k) is above the Chinese guide's $195k top: a split warning.
    ['wells-fargo', { base: 'Floor $13k a month, target $15k, stretch $17k.' }, ['$204k a year ($17k a month × 12)']],
    ['wells-fargo', { base: '底线月薪1.3万美元，目标1.5万美元，理想1.7万美元。' }, ['$204k a year ($17k a month × 12)']],
    // All three tiers above every band: each is judged as a year.
    ['american-express', { base: 'My floor is $18k a month, my target $19k and my stretch $20k.' }, ['$216k a year ($18k a month × 12)', '$228k a year ($19k a month × 12)', '$240k a year ($20k a month × 12)']],
  ])('%s: %j', (company, sections, says) => {
    const f = flags(company, sections);
    expect(f.map((x) => x.message.match(/^\$\d+k a year(?: \(\$\d+k a month × 12\))?/)?.[0] ?? x.message)).toEqual(says);
  });

  it.each<[string, Record<string, string>]>([
    // $14.5k, $16k, $17.5k × 12 = $174k, $192k, $210k: every tier inside the $170k–$210k band.
    ['american-express', { base: 'Floor $14.5k a month, target $16k, stretch $17.5k.' }],
    // A month's tiers then a yearly total of another pay item: the total is not a month.
    ['american-express', { base: 'I am asking for $15k a month in base and a $40k sign-on.' }],
  ])('must not flag %s: %j', (company, sections) => {
    expect(flags(company, sections)).toEqual([]);
  });
});

describe('comp-band: paychecks, weeks and hours', () => {
  it.each<[string, Record<string, string>, 'error' | 'warning' | 'info', string]>([
    // $8,000 twice a month is $192k a year: inside the English guide's band, so the rigid-base note, not "below".
    ['wells-fargo', { anchor: 'My base ask is $8,000 per paycheck, paid twice a month.' }, 'info', '$192k a year ($8k twice a month × 24)'],
    ['american-express', { base: 'I am asking for $9,000 per paycheck, paid semi-monthly.' }, 'error', '$216k a year ($9k twice a month × 24)'],
    ['american-express', { base: 'I am asking for $6,000 every two weeks in base.' }, 'warning', '$156k a year ($6k every two weeks × 26)'],
    ['wells-fargo', { base: 'My base ask is $5,000 a week.' }, 'error', '$260k a year ($5k a week × 52)'],
    ['wells-fargo', { base: '底薪期望每两周1万美元。' }, 'error', '$260k a year ($10k every two weeks × 26)'],
  ])('%s: %j', (company, sections, severity, says) => {
    const f = withInfo(company, sections).filter((x) => x.message.includes('a year'));
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.message).toContain(says);
  });

  it.each<[string, Record<string, string>, string]>([
    ['wells-fargo', { base: 'My base ask is $110 an hour.' }, '$110 an hour'],
    ['wells-fargo', { base: 'My base ask is $8,000 per paycheck.' }, '$8k per paycheck'],
    ['american-express', { base: 'I am asking for $25,000 per paycheck in base.' }, '$25k per paycheck'],
  ])('noted as not compared, never guessed into a year (%s: %j)', (company, sections, says) => {
    const f = withInfo(company, sections);
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.message).toContain(says);
    expect(f[0]?.message).toContain('not compared');
  });
});

describe('comp-band: a month restating the yearly ask is not judged twice', () => {
  it.each<[string, Record<string, string>, number]>([
    ['wells-fargo', { base: 'I am targeting $180k–$200k base, i.e. $15k–$16.7k a month.' }, 1],
    ['wells-fargo', { base: 'I am asking for $15k–$16.7k a month, so $180k–$200k a year in base.' }, 1],
    ['wells-fargo', { base: '底薪期望18万到20万美元，也就是每月1.5万到1.67万美元。' }, 1],
  ])('%s: %j', (company, sections, n) => {
    expect(flags(company, sections)).toHaveLength(n);
  });

  it('a monthly ask that differs from the yearly one is still judged on its own', () => {
    // $19k × 12 = $228k is not a restatement of $180k: both are judged.
    expect(flags('wells-fargo', { base: 'I am asking for $200k base, or $19k a month.' })).toHaveLength(2);
  });
});

describe('comp-band: the yearly sum is said in the findings language', () => {
  it('a Chinese draft reads 每年 … （每月 … × 12）', () => {
    const bands = companyBands(findProfile(appRoot, 'wells-fargo'), null);
    const f = run({ text: '', template: 'comp-memo', company: 'wells-fargo', sections: { anchor: '我的期望是月薪2万美元。' }, bands, lang: 'draft' }).findings.filter(
      (x) => x.rule === 'comp-band',
    );
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('每年 $240k（每月 $20k × 12）')]);
    expect(f[0]?.message).not.toContain('a year');
  });
});

describe('comp-band: the rigid-base note once per sentence (breaker F10, duplicate findings)', () => {
  it.each<[string, Record<string, string>, string[]]>([
    // A warning on the stretch: no notes beside it for the floor and the target.
    ['wells-fargo', { base: 'Floor $13k a month, target $15k, stretch $17k.' }, ['warning']],
    // Every tier inside both bands: one note, not one per tier.
    ['wells-fargo', { base: 'Floor $13k a month, target $14k, stretch $15k.' }, ['info']],
    ['wells-fargo', { base: '底线年薪16万美元，目标17万美元，理想18万美元。' }, ['info']],
  ])('%s: %j', (company, sections, severities) => {
    expect(withInfo(company, sections).map((x) => x.severity)).toEqual(severities);
  });
});
