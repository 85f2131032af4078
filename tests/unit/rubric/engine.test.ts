// The engine around the rules: numbers, money, silencing, fixes, scoring, positions, DOMAIN examples.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/rubric/claims/analyzeClaim';
import { readNumbers } from '../../../src/core/rubric/claims/numbers';
import { scoreFindings } from '../../../src/core/rubric/scoreFindings';
import { countWords, prepareSection } from '../../../src/core/rubric/prepareSection';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import type { Finding } from '../../../src/core/rubric/types';
import { appRoot, findingsOf, run } from './ruleHarness';

const hasImpactNumber = (t: string) => analyzeText(t).hasImpactNumber;

describe('impact numbers', () => {
  it.each(['$3.2M', '12%', '45 毫秒', '降低 14%', '14个百分点', '3x faster', '1,200 analyst hours', '30k TPS', '45 ms', '€2M', '百分之十五', 'in 3 months'])(
    'counts %s',
    (t) => expect(hasImpactNumber(t)).toBe(true),
  );
  it.each(['in 2023', 'v2.1', 'Python 3', 'Python 3.11', 'SR 11-7', 'OCC 2011-12', '12 layers', '6-layer network', 'Q3', 'FY2024', 'the 2nd release', 'GPT-4', 'p99', '2023年', '8 attention heads', 'the 2.0 release', 'on March 3', 'by Sept. 14'])(
    'ignores %s',
    (t) => expect(hasImpactNumber(t)).toBe(false),
  );
  it('gives offsets of each impact number', () => {
    const text = 'Cut losses from $4.1M to $2.9M in 2023.';
    const spans = analyzeText(text).quantities.filter((q) => q.impact);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['$4.1M', '$2.9M']);
  });
});

describe('money', () => {
  const money = (t: string) => readNumbers(t).filter((n) => n.unit === 'usd' || n.scaled);
  it('reads amounts and ranges', () => {
    expect(money('$185k–$200k').map((m) => [m.min, m.max, m.isRange])).toEqual([[185_000, 200_000, true]]);
    expect(money('$185–200k')[0]).toMatchObject({ min: 185_000, max: 200_000, isRange: true });
    expect(money('between $1.2M and $1.4M')[0]).toMatchObject({ min: 1_200_000, max: 1_400_000 });
    expect(money('$185,000 to $200,000')[0]).toMatchObject({ min: 185_000, max: 200_000 });
    expect(money('I want $260k and a $40k sign-on').map((m) => m.max)).toEqual([260_000, 40_000]);
    expect(money('150k base').map((m) => m.max)).toEqual([150_000]);
  });
});

describe('words', () => {
  it('counts English and CJK words with Intl.Segmenter', () => {
    expect(countWords('Cut $3.2M in fraud losses.')).toBe(5);
    expect(countWords('降低了14个百分点')).toBeGreaterThanOrEqual(4);
    expect(countWords('<!-- ignore -->')).toBe(1);
    expect(prepareSection('x', '<!-- a comment with words -->').words).toBe(0);
    expect(prepareSection('x', '- one\n- two\n1. three').words).toBe(3);
  });
  it('splits paragraphs at blank lines and at each list item, keeping continuation lines', () => {
    const raw = 'Intro line.\nstill intro.\n\n- first item\n  goes on here\n- second item\n\n\n1. numbered\n2) also numbered\nplain tail';
    const p = prepareSection('x', raw).paragraphs;
    expect(p.map((s) => s.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Intro line. still intro.',
      'first item goes on here',
      'second item',
      'numbered',
      'also numbered plain tail',
    ]);
    for (const s of p) expect(raw.slice(s.start, s.end).includes(s.text.trim().slice(0, 5))).toBe(true);
  });
  it('does not split at a dash or number in the middle of a line', () => {
    expect(prepareSection('x', 'Losses fell - a lot - in 2024. 1. Not a list').paragraphs).toHaveLength(1);
  });
});

describe('DOMAIN examples', () => {
  const rulesOf = (text: string, template = 'impact-brief', section = 'decisions') =>
    new Set(run({ text, template, section }).findings.filter((f) => !f.silenced).map((f) => f.rule));
  it('flags the weak sentence for quantified-impact and vague-language', () => {
    const r = rulesOf('Worked on a churn model that helped the retention team a lot.');
    expect(r.has('quantified-impact')).toBe(true);
    expect(r.has('vague-language')).toBe(true);
  });
  it('leaves the strong sentence clean of sentence-level rules', () => {
    const r = rulesOf('Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time (45 ms p99), after model risk signed off on the explainability report.', 'impact-brief', 'outcome');
    for (const id of ['quantified-impact', 'baseline', 'tool-without-outcome', 'vanity-metric', 'compliance-afterthought', 'vague-language', 'governance-terms']) {
      expect(r.has(id), id).toBe(false);
    }
  });
  it('flags PyTorch with a 6-layer network', () => {
    expect(rulesOf('Built the scoring service in PyTorch with a 6-layer network.').has('tool-without-outcome')).toBe(true);
  });
  it('flags compliance briefed the following week', () => {
    expect(rulesOf('We shipped the fix overnight and briefed compliance the following week.').has('compliance-afterthought')).toBe(true);
  });
  it('flags a Meta-anchored flat ask for comp-benchmark and comp-range', () => {
    const r = rulesOf('My ask is $260k base, in line with my Meta offer.', 'comp-memo', 'anchor');
    expect(r.has('comp-benchmark')).toBe(true);
    expect(r.has('comp-range')).toBe(true);
  });
});

describe('positions', () => {
  it('reports 1-based line and column and offsets into the section text', () => {
    const text = 'Fraud losses were $4.1M.\nWe worked on various things.';
    const [f] = findingsOf('vague-language', { text, section: 'problem' });
    expect(f).toBeDefined();
    expect(f?.line).toBe(2);
    expect(f?.column).toBe(4);
    expect(text.slice(f?.start, f?.end)).toBe('worked on');
    expect(f?.excerpt).toBe('worked on');
  });
});

describe('fixes', () => {
  it('removes a filler word and its space', () => {
    const text = 'We shipped various fixes.';
    const f = findingsOf('vague-language', { text, section: 'problem' }).find((x) => x.excerpt === 'various');
    const fix = f?.fix;
    expect(fix?.label).toBe('Remove “various”');
    const fixed = text.slice(0, fix?.start) + (fix?.text ?? '') + text.slice(fix?.end);
    expect(fixed).toBe('We shipped fixes.');
  });
  it('re-capitalises when the filler starts the sentence', () => {
    const text = 'Various teams shipped 4 models.';
    const fix = findingsOf('vague-language', { text, section: 'problem' })[0]?.fix;
    expect(text.slice(0, fix?.start) + (fix?.text ?? '') + text.slice(fix?.end)).toBe('Teams shipped 4 models.');
  });
  it('offers to start a blank required section from its prompt, once', () => {
    const f = findingsOf('section-required', { text: '', sections: { problem: 'x' } }).find((x) => x.section === 'outcome');
    expect(f?.fix).toMatchObject({ label: 'Start “Outcome” from its prompt', start: 0, end: 0 });
    const stub = f?.fix?.text ?? '';
    expect(stub).toMatch(/^<!-- What changed.* -->\n$/);
    // The stub is a note, not prose: the section still needs writing, but no second stub is offered.
    const again = findingsOf('section-required', { text: '', sections: { problem: 'x', outcome: stub } }).find((x) => x.section === 'outcome');
    expect(again).toBeDefined();
    expect(again?.fix).toBeUndefined();
  });
});

describe('silencing', () => {
  const weak = 'Worked on a churn model that helped the retention team a lot.';
  it('silences the next line with a marker on the line before', () => {
    const text = `<!-- dossier-ignore quantified-impact -->\n${weak}`;
    const fs = run({ text, section: 'problem' }).findings;
    expect(fs.filter((f) => f.rule === 'quantified-impact').every((f) => f.silenced)).toBe(true);
    expect(fs.some((f) => f.rule === 'vague-language' && !f.silenced)).toBe(true);
  });
  it('silences a sentence with a marker at its end', () => {
    const text = `${weak} <!-- dossier-ignore vague-language --> Helped again.`;
    const vague = run({ text, section: 'problem' }).findings.filter((f) => f.rule === 'vague-language');
    expect(vague.filter((f) => f.silenced)).toHaveLength(3);
    expect(vague.filter((f) => !f.silenced)).toHaveLength(1);
  });
  it('silences every rule with a bare marker', () => {
    const text = `<!-- dossier-ignore -->\n${weak}`;
    const fs = run({ text, section: 'problem' }).findings.filter((f) => f.section === 'problem');
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.silenced)).toBe(true);
  });
  it('silences per document and does not score silenced findings', () => {
    const loud = run({ text: weak, section: 'problem' });
    const quiet = run({ text: weak, section: 'problem' }, { silenced: ['quantified-impact', 'vague-language'] });
    expect(quiet.findings.filter((f) => f.rule === 'quantified-impact').every((f) => f.silenced)).toBe(true);
    expect(quiet.score).toBeGreaterThan(loud.score);
  });
  it('silences document-level findings with an explicit marker', () => {
    const text = '<!-- dossier-ignore governance-terms -->\nWe cut losses from $4M to $2M.';
    expect(findingsOf('governance-terms', { text, section: 'problem' })).toEqual([]);
  });
  it('drops workspace-disabled rules entirely', () => {
    const r = run({ text: weak, section: 'problem' }, { disabled: ['vague-language'] });
    expect(r.findings.some((f) => f.rule === 'vague-language')).toBe(false);
  });
});

describe('score', () => {
  const f = (rule: string, severity: Finding['severity'], silenced = false): Finding => ({
    rule, severity, silenced, section: null, line: 1, column: 1, start: 0, end: 0, excerpt: '', message: '', why: '', suggestion: '',
  });
  it('is 100 without findings and errors cost more than warnings than info', () => {
    expect(scoreFindings([])).toBe(100);
    const e = scoreFindings([f('a', 'error')]);
    const w = scoreFindings([f('a', 'warning')]);
    const i = scoreFindings([f('a', 'info')]);
    expect(e).toBeLessThan(w);
    expect(w).toBeLessThan(i);
    expect(i).toBeLessThan(100);
  });
  it('ignores silenced findings, caps repeats, and never goes below 0', () => {
    expect(scoreFindings([f('a', 'error', true)])).toBe(100);
    const many = scoreFindings(Array.from({ length: 50 }, () => f('a', 'warning')));
    expect(many).toBe(100 - 15);
    expect(scoreFindings(Array.from({ length: 30 }, (_, k) => f(`r${k}`, 'error')))).toBe(0);
  });
});

describe('comp bands from company profiles', () => {
  it('keeps every source for Wells Fargo and marks base rigid', () => {
    const b = companyBands(findProfile(appRoot, 'wells-fargo'), null);
    expect(b?.baseIsRigid).toBe(true);
    expect(b?.base.map((x) => x.source).sort()).toEqual(['wf-en', 'wf-zh']);
  });
  it("uses the candidate's own bands when set", () => {
    const b = companyBands(findProfile(appRoot, 'jpmorgan'), {
      bandsOverride: { base: { min: 100_000, max: 120_000 }, bonusPercent: null, baseIsRigid: false },
    } as Parameters<typeof companyBands>[1]);
    expect(b?.base).toEqual([{ min: 100_000, max: 120_000, source: 'your edits' }]);
    const r = run({ text: 'I am looking for $150k–$160k.', template: 'comp-memo', section: 'base', company: 'jpmorgan', bands: b });
    expect(r.findings.some((x) => x.rule === 'comp-band' && x.severity === 'error')).toBe(true);
  });
  it('notes a base ask inside a rigid band as info', () => {
    const r = run({ text: 'I am looking for $180k–$195k base.', template: 'comp-memo', section: 'base', company: 'wells-fargo' });
    const band = r.findings.filter((x) => x.rule === 'comp-band');
    expect(band).toHaveLength(1);
    expect(band[0]?.severity).toBe('info');
    expect(band[0]?.message).toMatch(/sign-on/);
  });
  it('names both sources, by guide name, when an ask is above every band', () => {
    const r = run({ text: 'I am looking for $230k.', template: 'comp-memo', section: 'base', company: 'wells-fargo' });
    const msg = r.findings.find((x) => x.rule === 'comp-band')?.message ?? '';
    expect(msg).toContain('$150k–$210k');
    expect(msg).toContain('$135k–$195k');
    expect(msg).not.toMatch(/guide-[A-Z]/);
  });
});

describe('comp-band advice', () => {
  it('gives advice that fits the case', () => {
    const rigid = run({ text: 'I am looking for $180k–$195k base.', template: 'comp-memo', section: 'base', company: 'wells-fargo' }).findings.find((f) => f.rule === 'comp-band');
    expect(rigid?.suggestion).toMatch(/sign-on/);
    expect(rigid?.suggestion).not.toMatch(/Bring base inside/);
    const below = run({ text: 'I am looking for $120k.', template: 'comp-memo', section: 'base', company: 'american-express' }).findings.find((f) => f.rule === 'comp-band');
    expect(below?.severity).toBe('warning');
    expect(below?.message).toMatch(/below/);
    expect(below?.suggestion).toMatch(/floor/);
  });
});

describe('length-budget section notes', () => {
  it('notes a section far over its share as info, without failing the page budget', () => {
    const text = Array.from({ length: 200 }, () => 'word').join(' ');
    const r = run({ text, section: 'problem' });
    const notes = r.findings.filter((f) => f.rule === 'length-budget');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', section: 'problem' });
    expect(notes[0]?.message).toContain('200 words');
  });
});
