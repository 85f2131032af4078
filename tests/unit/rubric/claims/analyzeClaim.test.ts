// The claim record: what each sentence says, typed, for every rule kind to read.
import { describe, expect, it } from 'vitest';
import { analyzeText, isDistanced } from '../../../../src/core/rubric/claims/analyzeClaim';

const quantities = (text: string) => analyzeText(text).quantities.map((q) => ({ text: q.text, kind: q.kind, pay: q.pay, stance: q.stance, min: q.min, max: q.max }));

describe('quantity kinds', () => {
  it.each([
    ['Cut losses by $3.2M a year.', 'money'],
    ['Approvals rose 12%.', 'percent'],
    ['False positives fell 3 points.', 'points'],
    ['Scoring returns in 45 ms.', 'latency'],
    ['Decisions now return in under 2 seconds.', 'latency'],
    ['Review time fell to 4 hours.', 'duration'],
    ['Recall reached 0.91.', 'metric'],
    ['AUC rose to 0.86.', 'metric'],
    ['Catch rate tripled to 3x.', 'multiple'],
    ['My team handles 250k disputes a year.', 'count'],
    ['I led a 10-person team.', 'headcount'],
    ['I managed a team of 6 data scientists.', 'headcount'],
    ['We labelled 2 million transcripts.', 'dataset-size'],
    ['We trained on 40k applications.', 'dataset-size'],
    ['We launched in 2023.', 'year'],
    ['We moved to Python 3.', 'version'],
    ['Validated under SR 11-7.', 'regulation'],
    ['The network has 12 layers.', 'model-size'],
    ['上线于2023年。', 'year'],
    ['10人团队负责这个项目。', 'headcount'],
  ])('%s -> %s', (text, kind) => {
    expect(quantities(text).map((q) => q.kind)).toContain(kind);
  });

  it('counts freed analysts as an outcome, not a head count', () => {
    expect(quantities('Freed 3 analysts for fraud work.')[0]?.kind).toBe('count');
  });

  it('marks non-impact figures', () => {
    const c = analyzeText('I led a 10-person team that labelled 2 million transcripts in 2023 on Python 3.');
    expect(c.quantities.length).toBeGreaterThan(2);
    expect(c.hasImpactNumber).toBe(false);
    expect(analyzeText('Saved 1,200 analyst hours a year.').hasImpactNumber).toBe(true);
  });
});

describe('pay roles', () => {
  it('judges each component of a multi-part ask on its own', () => {
    expect(quantities('I am asking for a base of $250,000 to $265,000, with a 15% target bonus and a $40,000 sign-on.')).toEqual([
      { text: '$250,000 to $265,000', kind: 'money', pay: 'base', stance: 'ask', min: 250_000, max: 265_000 },
      { text: '15%', kind: 'percent', pay: 'bonus', stance: 'ask', min: 15, max: 15 },
      { text: '$40,000', kind: 'money', pay: 'sign-on', stance: 'ask', min: 40_000, max: 40_000 },
    ]);
  });
  it('keeps a total apart from the base', () => {
    const q = quantities('Total compensation of $230k–$260k, with base at $180k–$190k.');
    expect(q.map((x) => x.pay)).toEqual(['total', 'base']);
  });
  it('reads a Chinese ask in 万 as dollars', () => {
    expect(quantities('我希望base在24万到25万美元之间。')).toEqual([
      { text: '24万到25万美元', kind: 'money', pay: 'base', stance: 'ask', min: 240_000, max: 250_000 },
    ]);
  });
  it('reads "185k base" as dollars and "250k disputes" as a count', () => {
    expect(quantities('I am looking for 185k–200k base.')[0]).toMatchObject({ kind: 'money', pay: 'base', min: 185_000 });
    expect(quantities('My team handles 250k disputes a year.')[0]?.kind).toBe('count');
  });
  it('tells market data and current pay from the ask', () => {
    expect(quantities('Market data puts base between $180k and $205k.')[0]?.stance).toBe('band');
    expect(quantities('My current base is $170k.')[0]?.stance).toBe('current');
    expect(quantities('I am asking for $195k base.')[0]?.stance).toBe('ask');
  });
  it('puts a figure before its component word in that component', () => {
    expect(quantities('$185k base and a $30k sign-on.').map((q) => q.pay)).toEqual(['base', 'sign-on']);
  });
});

describe('sentence signals', () => {
  it('finds a baseline in from-to, comparisons and multiples', () => {
    for (const t of ['Losses fell from $4.1M to $2.9M.', 'Approvals rose 12% against the holdout.', 'Catch rate rose 3x.', '与对照组相比，损失降低了14%。', '通过率从60%提升到72%。']) {
      expect(analyzeText(t).baseline, t).toBe(true);
    }
    expect(analyzeText('Reduced fraud losses by 14%.').baseline).toBe(false);
  });
  it('finds a time frame', () => {
    expect(analyzeText('Saved $2M a year.').timeFrame).toBe('a year');
    expect(analyzeText('Approvals rose 9% within two quarters.').timeFrame).toBe('within two quarters');
    expect(analyzeText('每年节省200万美元。').timeFrame).toBe('每年');
    expect(analyzeText('Approvals rose 9%.').timeFrame).toBeNull();
  });
  it('says who acts', () => {
    expect(analyzeText('I chose real-time scoring.').actor).toBe('I');
    expect(analyzeText('We chose real-time scoring.').actor).toBe('we');
    expect(analyzeText('Cut losses 12%.').actor).toBe('I');
    expect(analyzeText('The team decided to stop.').actor).toBe('other');
    expect(analyzeText('我决定暂停上线。').actor).toBe('I');
  });
  it('marks negation scope (English by wink-nlp, Chinese by its negators)', () => {
    const c = analyzeText('Fair-lending review confirmed no adverse impact.');
    const at = c.text.indexOf('impact');
    expect(isDistanced(c, at, at + 6)).toBe(true);
    const review = c.text.indexOf('review');
    expect(isDistanced(c, review, review + 6)).toBe(false);
    const zh = analyzeText('公平借贷审查没有发现不利影响。');
    expect(isDistanced(zh, zh.text.indexOf('不利影响'), zh.text.indexOf('不利影响') + 4)).toBe(true);
  });
  it('marks quoted, reported and rejected views', () => {
    const c = analyzeText('Colleagues call it red tape; I see it as a design input.');
    const tape = c.text.indexOf('red tape');
    expect(isDistanced(c, tape, tape + 8)).toBe(true);
    const input = c.text.indexOf('design input');
    expect(isDistanced(c, input, input + 5)).toBe(false);
    const q = analyzeText('We retired the “move fast and break things” habit.');
    expect(isDistanced(q, q.text.indexOf('move fast'), q.text.indexOf('move fast') + 9)).toBe(true);
    const r = analyzeText('I would rather ship a shadow run than ship and iterate.');
    expect(isDistanced(r, r.text.indexOf('ship and iterate'), r.text.length - 1)).toBe(true);
  });
  it('places governance actors relative to launch, fixes and rollbacks', () => {
    const g = (t: string) => analyzeText(t).governance.map((m) => [m.actor, m.timing, m.event]);
    expect(g('We shipped the fix overnight and briefed compliance the following week.')).toEqual([['compliance', 'after', 'fix']]);
    expect(g('We rolled it back, and only then looped in model risk.')).toEqual([['model-risk', 'after', 'rollback']]);
    expect(g('Model risk joined the design review in week one.')).toEqual([['model-risk', 'before', null]]);
    expect(g('Model risk agreed the monitoring plan before launch; after launch they review drift monthly.')[0]?.[1]).toBe('before');
    expect(g('After launch, model risk reviews drift monthly.')[0]?.[1]).toBe('ongoing');
    expect(g('上线后才通知合规。')).toEqual([['compliance', 'after', 'launch']]);
  });
});
