// The words around a draft's findings follow the findings' language (findingsWords.ts): a Chinese
// draft's Issues panel, strengths, pay caveat and CLI note are Chinese; an English draft's stay
// English. Each Chinese entry must read as Chinese, so a key left in English fails here.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsWords } from '../../../src/core/rubric/findingsWords';
import { readsAsChinese } from '../../../src/core/rubric/findingsLanguage';
import { strengths } from '../../../src/core/rubric/strengths';
import { payCaveat } from '../../../src/core/companies/payCaveat';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { arrangeFindings } from '../../../src/renderer/src/features/editor/panelCards';
import { finding as makeFinding } from '../fixtures/finding';
import { runCliCaptured } from '../cli/runCliCaptured';

const appRoot = path.resolve(import.meta.dirname, '../../..');

/** Every text of a words table, functions called with sample arguments. */
function texts(lang: 'en' | 'zh'): [string, string][] {
  const out: [string, string][] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'string') out.push([prefix, value]);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const name = lang === 'zh' ? '成果没有数字' : 'Outcome without a number';
      const pace = lang === 'zh' ? '每分钟 180 个汉字' : '140 words a minute';
      if (prefix.endsWith('estimate')) {
        const join = (pieces: unknown) => (pieces as { text: string }[]).map((p) => p.text).join('');
        const [two, budget] = lang === 'zh' ? ['2 分钟', '2 分 30 秒'] : ['2 min', '2 min 30 s'];
        out.push([`${prefix}(budget)`, join(fn(two, pace, budget, true))], [prefix, join(fn(two, pace, null, false))]);
        return;
      }
      const sample = prefix.endsWith('payCaveat') ? [lang === 'zh' ? '金融科技指南' : 'Fintech guide'] : prefix.endsWith('vague') ? 7 : prefix.endsWith('duration') ? 105 : name;
      walk(prefix, fn(sample));
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
  };
  walk('', findingsWords(lang));
  return out;
}

describe('findingsWords', () => {
  it.each(texts('zh').filter(([key]) => key !== '.gap'))('Chinese %s reads as Chinese', (_key, text) => {
    expect(readsAsChinese(text)).toBe(true);
  });
  it.each(texts('en').filter(([key]) => key !== '.gap'))('English %s reads as English', (_key, text) => {
    expect(readsAsChinese(text)).toBe(false);
  });

  it('names the panel tiers in the findings language', () => {
    const found = [makeFinding({ rule: 'quantified-impact', severity: 'error', section: 'outcome' }), makeFinding({ rule: 'baseline', severity: 'warning', section: null })];
    const sections = [{ id: 'outcome', label: '成果' }];
    expect(arrangeFindings(found, sections, true, 'zh').map((t) => t.title)).toEqual(['大问题', '值得修改']);
    expect(arrangeFindings(found, sections, true, 'en').map((t) => t.title)).toEqual(['Big mistakes', 'Worth fixing']);
    expect(arrangeFindings(found, sections, true, 'zh')[1]?.cards[0]).toMatchObject({ sectionLabel: '整份文档' });
  });

  it('says what a Chinese draft does well in Chinese', () => {
    const sections = { outcome: '误拒率从 3.1% 降到 2.4%，每年少损失 230 万美元。', risk: '模型风险管理团队在立项时就参与了评审。' };
    const zh = strengths(['governance-terms', 'quantified-impact', 'baseline'], sections, 4, 'zh');
    expect(zh.map((s) => s.text)).toEqual(['用的是模型风险治理的说法', '成果都有数字', '改进都和基线做了对比']);
    expect(strengths(['quantified-impact'], sections).map((s) => s.text)).toEqual(['Outcomes carry numbers']);
  });

  it('gives the pay caveat in Chinese with the guide named in Chinese', () => {
    const fintech = findProfile(appRoot, 'fintech');
    expect(payCaveat(fintech, null, 'zh')).toBe('你的薪酬数字还没有和任何区间对比过：金融科技指南没有公布这家公司的薪酬数字。在 Compensation（薪酬）页填上招聘方给你的区间，就能检查这些数字了。');
    expect(payCaveat(fintech, null)).toMatch(/^Your pay figures were not checked against a band: the Fintech guide publishes/);
    expect(payCaveat(findProfile(appRoot, 'jpmorgan'), null, 'zh')).toBeNull();
  });

  it('times a rehearsal in the findings language', () => {
    expect(findingsWords('zh').rehearsal.duration(105)).toBe('1 分 45 秒');
    expect(findingsWords('en').rehearsal.duration(105)).toBe('1 min 45 s');
    const zh = findingsWords('zh').rehearsal.estimate('2 分钟', '每分钟 180 个汉字', '2 分 30 秒', true);
    expect(zh.map((p) => p.text).join('')).toBe('按每分钟 180 个汉字计算，大约需要 2 分钟，时间预算是 2 分 30 秒。超出了预算，练习前先删减一些吧。');
    expect(zh.filter((p) => p.strong).map((p) => p.text)).toEqual(['2 分钟', '2 分 30 秒']);
  });

  it('dossier check puts the Chinese caveat under a Chinese pay memo', async () => {
    const run = await runCliCaptured(['check', 'tests/fixtures/newcomer/stripe-comp.md', '--company', 'fintech', '--lang', 'zh']);
    expect(run.stdout).toContain('注意：你的薪酬数字还没有和任何区间对比过：金融科技指南没有公布');
    expect(run.stdout).not.toContain('Note:');
  });
});
