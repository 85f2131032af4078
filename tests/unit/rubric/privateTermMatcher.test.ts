// The private-terms matcher (breaker F1, F1a, F9): terms are found as a reader sees them, never
// inside a longer word, and the cost is linear in the text whatever the number of terms.
import { describe, expect, it } from 'vitest';
import { privateTermMatcher } from '../../../src/core/rubric/privateTermMatcher';
import { readerFold, renderedText } from '../../../src/core/text/readerText';
import { foldsComputed } from '../../../src/core/text/confusableFold';
import { checkText } from '../../../src/core/rubric/checkText';
import { loadRulePacks } from '../../../src/core/rubric/loadRulePacks';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { repoRoot } from '../cli/runCliCaptured';

const TERMS = ['Project Falcon', 'Acmebank', 'José', '猎鹰计划', '$47.3M'];
const matcher = privateTermMatcher(TERMS)!;

/** The source text of each match. */
const found = (text: string): string[] => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('privateTermMatcher', () => {
  // [text, the source span that must be reported]
  const mustFlag: [string, string][] = [
    ['We shipped Project Falcon last year.', 'Project Falcon'],
    ['We shipped project FALCON last year.', 'project FALCON'],
    ['We shipped Project\nFalcon last year.', 'Project\nFalcon'],
    ['We shipped Project\r\nFalcon last year.', 'Project\r\nFalcon'],
    ['We shipped Project\u00a0Falcon.', 'Project\u00a0Falcon'],
    ['We shipped Project&nbsp;Falcon.', 'Project&nbsp;Falcon'],
    ['We shipped Project F&#97;lcon.', 'Project F&#97;lcon'],
    ['We shipped Project  Falcon.', 'Project  Falcon'],
    ['We shipped Project\tFalcon.', 'Project\tFalcon'],
    ['We shipped *Project* Falcon.', 'Project* Falcon'],
    ['We shipped **Project Falcon**.', 'Project Falcon'],
    ['We shipped _Project_ _Falcon_.', 'Project_ _Falcon'],
    ['We shipped `Project Falcon`.', 'Project Falcon'],
    ['We shipped [Project Falcon](https://x.example).', 'Project Falcon'],
    ['We shipped Proj\u00adect Falcon.', 'Proj\u00adect Falcon'],
    ['We shipped Proj\u200bect Falcon.', 'Proj\u200bect Falcon'],
    ['We shipped Project\u2060 Falcon.', 'Project\u2060 Falcon'],
    ['We shipped Project \u202eFalcon.', 'Project \u202eFalcon'],
    ['We shipped Project<!-- -->Falcon.', 'Project<!-- -->Falcon'],
    ['We shipped ProjectFalcon.', 'ProjectFalcon'],
    ['We shipped Project-Falcon.', 'Project-Falcon'],
    ['We shipped \uff30\uff52\uff4f\uff4a\uff45\uff43\uff54 \uff26\uff41\uff4c\uff43\uff4f\uff4e.', '\uff30\uff52\uff4f\uff4a\uff45\uff43\uff54 \uff26\uff41\uff4c\uff43\uff4f\uff4e'],
    ['> We shipped Project\n> Falcon.', 'Project\n> Falcon'],
    ['- We shipped Project\n  Falcon.', 'Project\n  Falcon'],
    ['Ask Jose\u0301 about it.', 'Jose\u0301'],
    ['Ask JOSÉ about it.', 'JOSÉ'],
    ['Our client Acme<!-- -->bank.', 'Acme<!-- -->bank'],
    ['Our client Acme<b></b>bank.', 'Acme<b></b>bank'],
    ['Our client Acme*bank*.', 'Acme*bank'],
    ['Our client **Acme**bank.', 'Acme**bank'],
    ['Our client [Acme](https://x.example)bank.', 'Acme](https://x.example)bank'],
    ['Our client Acme\u00adbank.', 'Acme\u00adbank'],
    ["Acmebank's fraud team.", 'Acmebank'],
    ['The Acmebank_team repo.', 'Acmebank'],
    ['| Client | Year |\n|---|---|\n| Acmebank | 2023 |', 'Acmebank'],
    ['Notes: <!-- Project Falcon -->', 'Project Falcon'],
    ['See https://acmebank.example/x', 'acmebank'],
    ['猎鹰计划降低了损失。', '猎鹰计划'],
    ['我们的猎鹰计划上线了', '猎鹰计划'],
    ['The figure was $47.3M.', '$47.3M'],
  ];
  it.each(mustFlag)('flags %j', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  const mustNotFlag = [
    'Falconry is a hobby.',
    'Project Falconry is a hobby.',
    'A Project Falcons list.',
    'Acmebanking is a different firm.',
    'Acmebank2 is a test name.',
    'Josefina and Joséphine called.',
    'Project\n\nFalcon are two paragraphs.',
    '## Project\n\nFalcon',
    'A $47.35 figure.',
    '猎鹰很快。',
    'MyProject Falcon',
    'Project Falconé',
    'Pro ject Falcon',
  ];
  it.each(mustNotFlag)('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  // Look-alike letters (UTS #39 skeletons, confusableFold.ts): [text, the source span reported]
  const lookAlikes: [string, string][] = [
    ['We shipped Pr\u043eject Falcon.', 'Pr\u043eject Falcon'], // Cyrillic о
    ['We shipped Project Falc\u03bfn.', 'Project Falc\u03bfn'], // Greek omicron
    ['We shipped PROJECT F\u0391LCON.', 'PROJECT F\u0391LCON'], // Greek capital alpha
    ['We shipped \u{1d40f}\u{1d42b}\u{1d428}\u{1d423}\u{1d41e}\u{1d41c}\u{1d42d} \u{1d405}\u{1d41a}\u{1d425}\u{1d41c}\u{1d428}\u{1d427}.', '\u{1d40f}\u{1d42b}\u{1d428}\u{1d423}\u{1d41e}\u{1d41c}\u{1d42d} \u{1d405}\u{1d41a}\u{1d425}\u{1d41c}\u{1d428}\u{1d427}'], // mathematical bold
    ['We shipped Project F\u00e1lcon.', 'Project F\u00e1lcon'], // an accent typed to dodge
    ['We shipped Project Fa\u0301lcon.', 'Project Fa\u0301lcon'],
    ['We shipped Project Falc\u00f3n.', 'Project Falc\u00f3n'],
    ['We shipped Project Fal\u034fcon.', 'Project Fal\u034fcon'], // combining grapheme joiner
    ['We shipped Project Falc\ufe0fon.', 'Project Falc\ufe0fon'], // variation selector
    ['We shipped Project Fal\u200dcon.', 'Project Fal\u200dcon'], // zero-width joiner
    ['We shipped Project Fal\u200ccon.', 'Project Fal\u200ccon'], // zero-width non-joiner
    ['We shipped Project\u3164Falcon.', 'Project\u3164Falcon'], // Hangul filler (a blank)
    ['Our client \u0410\u0421\u041c\u0415BANK.', '\u0410\u0421\u041c\u0415BANK'], // Cyrillic capitals
    ['Our client \u13aacmebank.', '\u13aacmebank'], // Cherokee Ꭺ
    ['We shipped \u1d18\u0280\u1d0f\u1d0a\u1d07\u1d04\u1d1b \ua730\u1d00\u029f\u1d04\u1d0f\u0274.', '\u1d18\u0280\u1d0f\u1d0a\u1d07\u1d04\u1d1b \ua730\u1d00\u029f\u1d04\u1d0f\u0274'], // small capitals
    ['Our client *Acmeb\u0430nk*.', 'Acmeb\u0430nk'], // Cyrillic а inside emphasis
    ['Ask Jose about it.', 'Jose'], // accents fold both ways: the list has José
    ['猎鹰计划２号上线了', '猎鹰计划'],
    // Stored backwards under a right-to-left override, shown as "Project Falcon"
    // (the span takes in the invisible U+202C after the last letter, as with other format characters)
    ['We shipped \u202enoclaF tcejorP\u202c last year.', 'noclaF tcejorP\u202c'],
    ['We shipped \u202enoclaF *tcejorP*\u202c last year.', 'noclaF *tcejorP*\u202c'],
    ['We shipped \u202eknabemca.', 'knabemca'],
  ];
  it.each(lookAlikes)('flags the look-alike %j', (text, span) => {
    expect(found(text)).toEqual([span]);
  });

  it('matches a term typed with a look-alike in the list itself', () => {
    const m = privateTermMatcher(['Pr\u043eject Falc\u03bfn'])!;
    const text = 'We shipped Project Falcon.';
    expect(m.find(text).map((x) => [text.slice(x.start, x.end), x.term])).toEqual([['Project Falcon', 'Pr\u043eject Falc\u03bfn']]);
  });

  // Terms that look-alike folding must not reach: [terms, text]
  const lookAlikeMustNotFlag: [string[], string][] = [
    [['Corn'], 'Visit example.com for the corner case.'], // ASCII m is not rn
    [['Q1'], 'The Ql and QI labels.'],
    [['Falcon'], 'The \u0424\u0430\u043b\u043a\u043e\u043d team (a transliteration).'],
    [['Falcon'], 'F\u00e1lconry and falc\u00f3nes.'],
    [['José'], 'Josué and Josefina.'],
    [['一号'], 'ー号线'],
    [['猎鹰计划'], '猎鹰计画上线了'],
    [['ガス'], 'カスタム'],
    [['ทอง'], 'ฑองคำ'],
    // An override that ends (U+202C, a blank line: a new paragraph) or an isolate inside it leaves
    // the rest as stored. (A single line break does not end it: privateTermJoiners.test.ts.)
    [['Falcon'], '\u202eabc\u202c noclaF'],
    [['Falcon'], '\u202eabc\n\nnoclaF'],
    [['Falcon'], '\u202eabc \u2066noclaF\u2069'],
  ];
  it.each(lookAlikeMustNotFlag)('%j does not flag %j', (terms, text) => {
    expect(privateTermMatcher(terms)!.find(text)).toEqual([]);
  });

  it('reports each occurrence once, leftmost and longest, with the list entry', () => {
    const m = privateTermMatcher(['Acme', 'Acme Bank'])!;
    const text = 'Acme Bank and acme and *Acme* Bank.';
    expect(m.find(text).map((x) => [text.slice(x.start, x.end), x.term])).toEqual([
      ['Acme Bank', 'Acme Bank'],
      ['acme', 'Acme'],
      ['Acme* Bank', 'Acme Bank'],
    ]);
  });

  it('ignores blank terms and has no matcher for an empty list', () => {
    expect(privateTermMatcher([])).toBeNull();
    expect(privateTermMatcher(['  ', '\u200b'])).toBeNull();
  });

  it('keeps the source span of every reader character', () => {
    const src = 'A *b*&amp;c\u00a0\u00a0d';
    const view = readerFold(renderedText(src));
    expect(view.text).toBe('a b&c d');
    const spans = [...view.text].map((_, i) => src.slice(view.start[i], view.end[i]));
    expect(spans).toEqual(['A', ' ', 'b', '&amp;', 'c', '\u00a0\u00a0', 'd']);
  });

  it('reads ASCII text the same with and without the ASCII shortcut', () => {
    const m = privateTermMatcher(['Project Falcon', 'Acmebank', 'a b', 'x-y', 'Q'])!;
    const parts = ['Project', 'project', 'PROJECT', 'Falcon', 'falcons', 'Acme', 'bank', 'Acmebank', 'a', 'b', 'x', '-', 'y', 'q', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '.', '_', '9', '\u0000', '\u000b'];
    let seed = 7;
    const rand = (k: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + rand(12) }, () => parts[rand(parts.length)]).join('');
      expect(m.find(text), JSON.stringify(text)).toEqual(m.find(text, { general: true }));
    }
  });

  it('costs linear in the text and does not grow with the number of terms (counted trie steps)', () => {
    const terms = (n: number): string[] => Array.from({ length: n }, (_, i) => `Project Falcon ${(1e7 + i * 7919).toString(36)}`);
    const text = (k: number): string => 'Project Falcon shipped the model. *Acme* bank '.repeat(k);
    const steps = (n: number, k: number): number => {
      const m = privateTermMatcher(terms(n))!;
      const before = m.steps();
      m.find(text(k));
      return m.steps() - before;
    };
    const small = steps(2000, 500);
    const big = steps(2000, 2000);
    expect(big / small).toBeGreaterThan(3.9);
    expect(big / small).toBeLessThan(4.1);
    // 10x the terms, same text: the same walk.
    expect(steps(200, 500)).toBe(small);
    // At most the longest term's length per position of the folded text (two readings).
    expect(small).toBeLessThan(2 * text(500).length * 30);
  });

  it('folds look-alikes at a constant cost per character (counted: trie steps and folds computed)', () => {
    const terms = (n: number): string[] => Array.from({ length: n }, (_, i) => `Project Falcon ${(1e7 + i * 7919).toString(36)}`);
    // Cyrillic о and а, an accent, a Greek omicron, Chinese: the general (non-ASCII) reading.
    const unit = 'Pr\u043eject F\u0430lcon shipped the m\u03bfdel. F\u00e1lcon 欺诈损失下降。 ';
    const run = (n: number, k: number): { steps: number; folds: number } => {
      const m = privateTermMatcher(terms(n))!;
      const steps = m.steps();
      const folds = foldsComputed();
      m.find(unit.repeat(k));
      return { steps: m.steps() - steps, folds: foldsComputed() - folds };
    };
    run(2000, 1); // every character of the unit folded once (cached after)
    const small = run(2000, 500);
    const big = run(2000, 2000);
    expect(big.steps / small.steps).toBeGreaterThan(3.9);
    expect(big.steps / small.steps).toBeLessThan(4.1);
    expect(run(200, 500).steps).toBe(small.steps);
    // Each character's fold is computed once per process, then looked up.
    expect(small.folds + big.folds).toBe(0);
    // The same walk as the text's ASCII twin would take in the general reading.
    const twin = 'Project Falcon shipped the model. Falcon 欺诈损失下降。 ';
    const m = privateTermMatcher(terms(2000))!;
    const before = m.steps();
    m.find(twin.repeat(500));
    expect(m.steps() - before).toBe(small.steps);
  });

  it('reads right-to-left overrides at a cost linear in the text (counted trie steps)', () => {
    const m = privateTermMatcher(Array.from({ length: 2000 }, (_, i) => `Project Falcon ${(1e7 + i * 7919).toString(36)}`))!;
    const steps = (k: number): number => {
      const before = m.steps();
      m.find('We shipped \u202enoclaF tcejorP\u202c and \u202eledom eht\n'.repeat(k));
      return m.steps() - before;
    };
    const ratio = steps(2000) / steps(500);
    expect(ratio).toBeGreaterThan(3.9);
    expect(ratio).toBeLessThan(4.1);
  });
});

describe('confidentiality rule', () => {
  const template = loadTemplatesFrom(repoRoot, null).templates.find((t) => t.id === 'impact-brief')!;
  const rules = loadRulePacks(repoRoot).rules.filter((r) => r.id === 'confidentiality');
  const check = (sections: Record<string, string>) =>
    checkText({ template, sections, rules, privateTerms: TERMS, disabled: [], silenced: [] }).findings.filter((f) => f.rule === 'confidentiality');

  it('flags a term in an extra section heading, naming the heading (F1a)', () => {
    const findings = check({ problem: 'Losses were 12 bps.', 'extra:Project Falcon results': 'The launch went well.' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: 'extra:Project Falcon results', excerpt: 'Project Falcon', start: 0, end: 0 });
    expect(findings[0]!.message).toContain('The heading “Project Falcon results” mentions “Project Falcon”');
  });

  it('flags a wrapped term at its place in the section', () => {
    const text = 'We shipped Project\nFalcon with the model risk team.';
    const findings = check({ approach: text });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: 'approach', line: 1, start: 11, end: 25, excerpt: 'Project Falcon' });
    expect(findings[0]!.message).toContain('“Project Falcon” is on your private list');
  });

  it('underlines a look-alike term at the characters as written', () => {
    const text = 'We shipped Pr\u043eject F\u00e1lcon with the model risk team.';
    const findings = check({ approach: text });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: 'approach', start: 11, end: 25, excerpt: 'Pr\u043eject F\u00e1lcon' });
    expect(findings[0]!.message).toContain('on your private list');
  });

  it('does not flag a heading or text without a term', () => {
    expect(check({ problem: 'Falconry.', 'extra:Falconry lessons': 'Text.' })).toEqual([]);
  });
});
