// findingsLanguageOfSections (the check's reading of the draft's language from its prepared
// sections, each section's counts kept by its object) gives what findingsLanguage gives from the
// title and section texts: on every gold case, on mixed drafts, and after a section changes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsLanguage, findingsLanguageOfSections } from '../../../src/core/rubric/findingsLanguage';
import { prepareSection } from '../../../src/core/rubric/prepareSection';
import { createSectionMemo } from '../../../src/core/rubric/sectionMemo';
import { loadCorpus } from '../../../scripts/eval/loadCorpus';
import { caseSections } from '../../../scripts/eval/corpusSchema';
import { appRoot } from './ruleHarness';

const prepared = (sections: Record<string, string>) => Object.entries(sections).map(([id, text]) => prepareSection(id, text));

describe('findingsLanguageOfSections', () => {
  it('agrees with findingsLanguage on every gold case, with and without a title', () => {
    const { cases } = loadCorpus(path.join(appRoot, 'tests', 'gold', 'cases'));
    const seen = new Set<string>();
    for (const c of cases) {
      const sections = caseSections(c);
      for (const title of [undefined, 'Card fraud', '信用卡欺诈']) {
        const lang = findingsLanguage({ title, sections });
        expect(findingsLanguageOfSections(title, prepared(sections)), c.id).toBe(lang);
        seen.add(lang);
      }
    }
    expect([...seen].sort()).toEqual(['en', 'zh']);
  });

  it.each([
    [{ a: '我们把 false positive rate 降低了 12%', b: '' }, 'zh'],
    [{ a: 'One quoted 风险 in an English brief.', b: 'More words here.' }, 'en'],
    [{ a: '欺诈损失下降，ひらがなとカタカナ', b: '' }, 'en'],
    [{ a: '欺诈', b: 'loss fell' }, 'en'],
  ])('gives %j the language %s, as findingsLanguage does', (sections, lang) => {
    expect(findingsLanguage({ sections })).toBe(lang);
    expect(findingsLanguageOfSections(undefined, prepared(sections))).toBe(lang);
  });

  it('follows a section that changes while the others are kept', () => {
    const memo = createSectionMemo();
    const draft = { problem: '信用卡欺诈损失每年约 410 万美元。', outcome: 'Losses fell.' };
    const check = (sections: Record<string, string>) => findingsLanguageOfSections(undefined, Object.entries(sections).map(([id, t]) => memo.prepare(id, t)));
    expect(check(draft)).toBe('zh');
    const edited = { ...draft, outcome: 'Losses fell from $4.1M to $2.9M a year after the new model went live in March.' };
    expect(check(edited)).toBe(findingsLanguage({ sections: edited }));
    expect(check(edited)).toBe('en');
    expect(findingsLanguageOfSections(undefined, prepared(draft), 'en')).toBe('en');
  });
});
