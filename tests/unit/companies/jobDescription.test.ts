import { describe, expect, it } from 'vitest';
import {
  extractTerms,
  matchJobDescription,
  mentions,
} from '../../../src/core/companies/jobDescription';

const english = `Senior Product Manager, AI/ML - Consumer Lending
Wells Fargo is looking for a product manager to lead machine learning products for credit decisioning.
You will partner with Model Risk Management (MRM) and Independent Validation to launch models under SR 11-7.
Own the roadmap for fraud detection and credit decisioning products, with fair lending and ECOA compliance.
Experience with explainability, adverse action notices and FCRA is a plus. Partner with Data Science and Legal.
Drive real-time fraud detection at 30k TPS; partner with data science on drift monitoring.`;

const chinese = `岗位职责：负责反欺诈与信贷风控产品的规划，与模型风险管理团队合作，确保模型验证符合SR 11-7要求。
推动机器学习模型在信贷审批中的落地，关注可解释性与公平贷款合规。熟悉反欺诈模型的监控与迭代，熟悉信贷审批流程。`;

const terms = (text: string) => extractTerms(text).map((t) => t.term);

describe('extractTerms', () => {
  it('finds domain phrases, acronyms with numbers, names and recurring words in English', () => {
    const found = extractTerms(english);
    const of = (kind: string) => found.filter((t) => t.kind === kind).map((t) => t.term);
    expect(of('vocabulary')).toEqual(
      expect.arrayContaining([
        'model risk management',
        'independent validation',
        'SR 11-7',
        'fair lending',
        'fraud detection',
        'credit decisioning',
        'explainability',
        'adverse action',
        'real-time',
        'drift',
      ]),
    );
    expect(of('acronym')).toEqual(expect.arrayContaining(['MRM', 'ECOA', 'FCRA']));
    expect(of('name')).toEqual(expect.arrayContaining(['Wells Fargo', 'Legal']));
    expect(of('frequent')).toEqual(expect.arrayContaining(['partner']));
    expect(found.find((t) => t.term === 'fraud detection')?.count).toBe(2);
  });

  it('drops stopwords, sentence-initial single words and phrases swallowed by a longer one', () => {
    const found = terms(english);
    for (const noise of ['the', 'with', 'You', 'Own', 'experience', 'fraud', 'model risk'])
      expect(found).not.toContain(noise);
  });

  it('segments Chinese with Intl.Segmenter', () => {
    const found = extractTerms(chinese);
    const list = found.map((t) => t.term);
    expect(list).toEqual(
      expect.arrayContaining([
        '反欺诈',
        '信贷',
        '模型风险管理',
        '模型验证',
        '公平贷款',
        '可解释性',
        '机器学习',
        '合规',
        'SR 11-7',
      ]),
    );
    expect(list).toContain('信贷审批'); // a recurring word pair
    expect(found.find((t) => t.term === '信贷')?.count).toBe(3);
    for (const noise of ['负责', '熟悉', '与', '的']) expect(list).not.toContain(noise);
  });

  it('takes extra vocabulary such as a profile’s terms', () => {
    expect(terms('Comfortable with the model inventory process.')).not.toContain('Model inventory');
    expect(
      extractTerms('Comfortable with the model inventory process.', ['Model inventory'])[0]?.term,
    ).toBe('Model inventory');
  });

  it('returns nothing for empty text', () => {
    expect(extractTerms('')).toEqual([]);
  });
});

describe('matchJobDescription', () => {
  it('lists which documents cover each term and which terms none covers', () => {
    const result = matchJobDescription(english, [
      {
        id: 'brief',
        title: 'Real-time fraud scoring',
        text: 'Cut fraud detection losses; model risk management signed off under SR 11-7.',
      },
      {
        id: 'kill',
        title: 'Kill story',
        text: 'Stopped a credit decisioning model over fair-lending concerns raised by MRM.',
      },
    ]);
    const by = (term: string) => result.terms.find((t) => t.term === term)?.coveredBy;
    expect(by('fraud detection')).toEqual(['brief']);
    expect(by('real-time')).toEqual(['brief']);
    expect(by('fair lending')).toEqual(['kill']);
    expect(by('MRM')).toEqual(['kill']);
    expect(by('SR 11-7')).toEqual(['brief']);
    expect(result.uncovered).toEqual(
      expect.arrayContaining(['ECOA', 'explainability', 'adverse action']),
    );
    expect(result.uncovered).not.toContain('fraud detection');
    expect(result.documents).toEqual([
      { id: 'brief', title: 'Real-time fraud scoring' },
      { id: 'kill', title: 'Kill story' },
    ]);
  });

  it('matches Chinese terms inside running text', () => {
    const result = matchJobDescription(chinese, [
      { id: 'zh', title: '影响力简报', text: '把反欺诈模型的误报率从3%降到1%，并通过了模型验证。' },
    ]);
    expect(result.terms.find((t) => t.term === '反欺诈')?.coveredBy).toEqual(['zh']);
    expect(result.uncovered).toContain('公平贷款');
  });
});

describe('mentions', () => {
  it.each([
    ['Built real time scoring', 'real-time', true],
    ['Worked with regulators', 'regulator', true],
    ['Fairness reviews', 'fairness', true],
    ['Unfairness', 'fairness', false],
    ['SR 11-7 review', 'SR 11-7', true],
    ['SR 11-70 review', 'SR 11-7', false],
    ['符合SR 11-7要求', 'SR 11-7', true],
  ])('%s mentions %s: %s', (text, term, expected) => {
    expect(mentions(text, term)).toBe(expected);
  });
});
