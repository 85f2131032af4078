// Table tests for pay asks found in a newcomer trial: an ask above every published band is an
// error; between the Wells Fargo guides' tops it is a warning naming the guide it breaks; below
// the band a warning. A total-cash ask at JPMorgan is judged against the guide's total-cash
// reading. A flat sign-on gets a sign-on example, not a base one.
import { describe, expect, it } from 'vitest';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { appRoot, findingsOf } from './ruleHarness';

const band = (text: string, company: string) => findingsOf('comp-band', { text, template: 'comp-memo', section: 'close', company });

describe('comp-band severity by where the ask stands', () => {
  it.each([
    ['wells-fargo', 'I am asking for a base of $250,000 to $265,000, with a 15% target bonus and a $40,000 sign-on.'],
    ['wells-fargo', '我希望base在24万到25万美元之间。'],
    ['jpmorgan', 'My base ask is $230k–$240k.'],
  ])('an ask above every band is an error (%s: %s)', (company, text) => {
    const f = band(text, company);
    expect(f.map((x) => x.severity)).toEqual(['error']);
  });
  it.each([
    ['I am asking for a base of $200k–$205k.', 'Wells Fargo guide (Chinese)'],
    ['我希望底薪在20万到20.5万美元之间。', 'Wells Fargo guide (Chinese)'],
  ])('between the two guides\' tops is a warning naming the guide it breaks: %s', (text, guide) => {
    const f = band(text, 'wells-fargo');
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    expect(f[0]?.message).toContain(guide);
  });
  it.each([
    ['wells-fargo', 'I am asking for a base of $100k–$120k.'],
    ['jpmorgan', '我希望底薪在10万到12万美元之间。'],
  ])('below the band stays a warning (%s: %s)', (company, text) => {
    expect(band(text, company).map((x) => x.severity)).toEqual(['warning']);
  });
  it.each([
    ['wells-fargo', 'I am asking for a base of $180k–$190k.'],
    ['jpmorgan', 'I am asking for a base of $180k–$200k, with total compensation of $260k.'],
  ])('inside every band raises no warning or error (%s: %s)', (company, text) => {
    expect(band(text, company).filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('total cash at JPMorgan is judged against the total-cash reading', () => {
  it.each([
    'I am asking for total cash of $200k–$230k.',
    '我希望总现金在20万到23万美元之间。',
  ])('flags %s above $150k–$210k total cash, naming the reading', (text) => {
    const f = band(text, 'jpmorgan');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('total-cash reading');
    expect(f[0]?.message).toContain('$150k–$210k');
    expect(f[0]?.message).toContain('JPMorgan');
  });
  it.each([
    'I am asking for total cash of $190k–$205k.',
    '我希望总现金在19万到20万美元之间。',
    'I am targeting total compensation of $230k–$260k, with base at $180k–$190k.',
  ])('does not flag %s', (text) => {
    expect(band(text, 'jpmorgan')).toEqual([]);
  });
  it('has no total-cash reading for Wells Fargo, so a total-cash ask there is not judged as base', () => {
    expect(band('I am asking for total cash of $260k–$280k.', 'wells-fargo').filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('comp-range suggestion fits the component', () => {
  const range = (text: string) => findingsOf('comp-range', { text, template: 'comp-memo', section: 'close', company: 'wells-fargo' });
  it.each([
    ['I am asking for a $40,000 sign-on.', /sign-on/, /base,/],
    ['我希望签字费是4万美元。', /sign-on/, /base,/],
    ['I am asking for a base of $190,000.', /base/, /sign-on to cover/],
  ])('%s', (text, has, hasNot) => {
    const f = range(text);
    expect(f).toHaveLength(1);
    expect(f[0]?.suggestion).toMatch(has);
    expect(f[0]?.suggestion).not.toMatch(hasNot);
  });
});

describe('total cash through the JPMorgan profile', () => {
  it('reads the total-cash band from the profile and judges a total-cash ask by it', () => {
    const bands = companyBands(findProfile(appRoot, 'jpmorgan'), null);
    expect(bands?.totalCash).toEqual([{ min: 150_000, max: 210_000, source: 'jpmorgan' }]);
    const f = findingsOf('comp-band', { text: 'I am asking for total cash of $200k–$230k.', template: 'comp-memo', section: 'close', company: 'jpmorgan', bands });
    expect(f[0]?.message).toContain('total-cash reading');
  });
});
