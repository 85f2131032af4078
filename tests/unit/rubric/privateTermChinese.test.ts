// Breaker F17 (leftover) and F3: a Chinese private term written in traditional characters
// (招商銀行, 天網計劃 for 招商银行, 天网计划) passed the gate; a two-character term matched inside
// other words (中信 in 集中信息). Traditional reads as simplified both ways; a two-character term is
// left alone only where the word segmenter puts its two characters at the ends of two other words.
// Every doubtful case still blocks: a leak is worse than a false block.
import { describe, expect, it } from 'vitest';
import { privateTermMatcher } from '../../../src/core/rubric/privateTermMatcher';
import { findingsOf } from './ruleHarness';

const terms = ['招商银行', '天网计划', '中信', '富邦'];
const found = (text: string, list = terms): string[] => privateTermMatcher(list)!.find(text).map((m) => m.term);

describe('private terms in Chinese: traditional characters and word boundaries', () => {
  it.each([
    ['招商銀行, listed as 招商银行', '我们为招商銀行做了反欺诈模型。', '招商银行'],
    ['天網計劃, listed as 天网计划', '這是天網計劃的第二期。', '天网计划'],
    ['a Hong Kong variant (裡) beside the term', '在招商銀行裡推行', '招商银行'],
    ['the term itself', '我们为招商银行做了反欺诈模型。', '招商银行'],
    ['中信 on its own', '我在中信工作了三年。', '中信'],
    ['中信银行', '中信银行的反欺诈项目由我负责。', '中信'],
    ['中信 before a word it could begin (中信用卡 may be CITIC’s card business)', '我们把中信用卡业务的风险管起来。', '中信'],
    ['中信 before 贷款 (CITIC’s loans)', '中信贷款审批流程很慢。', '中信'],
    ['a longer term before more characters', '天网计划书已经交给合规。', '天网计划'],
    ['中信 across a line wrap', '集中\n信息', '中信'],
  ])('finds %s', (_name, text, term) => {
    expect(found(text)).toEqual([term]);
  });

  it('finds a term listed in traditional characters when the draft writes simplified', () => {
    expect(found('富邦银行和招商银行', ['富邦銀行', '招商銀行'])).toEqual(['富邦銀行', '招商銀行']);
  });

  it.each([
    ['集中信息: 集中|信息', '风险集中信息化管理是这一期的重点。'],
    ['集中信贷: 集中|信贷', '我们推动了集中信贷审批。'],
  ])('does not find 中信 inside two other words: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps the offsets of a traditional match on the text as written', () => {
    const text = '客户是招商銀行。';
    const [m] = privateTermMatcher(terms)!.find(text);
    expect(text.slice(m!.start, m!.end)).toBe('招商銀行');
  });

  it('reports the traditional spelling through the rule as well', () => {
    expect(findingsOf('confidentiality', { text: '我们为招商銀行做了反欺诈模型。', section: 'problem', privateTerms: ['招商银行'] })).toHaveLength(1);
  });
});
