// A Chinese draft's findings are Chinese (newcomer trial: every message, suggestion and "why" of a
// Chinese draft was English). Three ways: every rule text in the packs has its Chinese sibling
// (messageZh, whyZh, suggestionZh, and the Zh sibling of each text param) with the same
// placeholders; the loader refuses a Zh field that is not Chinese; and every finding the gold
// corpus raises reads as Chinese when the findings are in Chinese, English otherwise, with the
// same rules, places and severities either way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../src/core/rubric/rulePacks';
import { findingsLanguage, readsAsChinese } from '../../../src/core/rubric/findingsLanguage';
import type { FindingsLanguageSetting } from '../../../src/core/rubric/findingsLanguage';
import { checkText } from '../../../src/core/rubric/checkText';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import { companyBands } from '../../../src/core/rubric/companyBands';
import { findProfile } from '../../../src/core/companies/loadProfiles';
import { ruleLabelIn, ruleLabels, ruleLabelsZh } from '../../../src/core/rubric/ruleLabels';
import type { Finding } from '../../../src/core/rubric/types';
import { loadCorpus } from '../../../scripts/eval/loadCorpus';
import { caseSections } from '../../../scripts/eval/corpusSchema';
import { appRoot, run } from './ruleHarness';
import { privateTermsInTitle } from '../../../src/core/export/privateTermGate';
import type { Case } from './ruleHarness';

const packDir = path.join(appRoot, 'resources', 'rubrics');
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
interface PackRule { id: string; [k: string]: Json }
const packs = fs
  .readdirSync(packDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, rules: (JSON.parse(fs.readFileSync(path.join(packDir, f), 'utf8')) as { rules: PackRule[] }).rules }));

/** Keys whose string values candidates read (messages, suggestions, labels, notes). */
const TEXT_KEY = /^(?:message|why|suggestion|label)$|(?:Message|Suggestion|Note)$/;
/** Keys whose record values are texts by component (comp-band, comp-range). */
const TEXT_RECORD = /Suggestions$/;
const HAN = /\p{Script=Han}/u;
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every English text of a rule with its Chinese sibling (undefined when missing), by JSON path. */
function textPairs(node: Json, at: string, out: { path: string; en: string; zh: string | undefined }[] = []) {
  if (Array.isArray(node)) node.forEach((v, i) => textPairs(v, `${at}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.endsWith('Zh')) continue;
      const sibling = node[`${k}Zh`];
      if (typeof v === 'string' && TEXT_KEY.test(k)) {
        if (v !== '' && !HAN.test(v)) out.push({ path: `${at}.${k}`, en: v, zh: typeof sibling === 'string' ? sibling : undefined });
      } else if (v && typeof v === 'object' && !Array.isArray(v) && TEXT_RECORD.test(k)) {
        for (const [key, en] of Object.entries(v)) {
          const zh = sibling && typeof sibling === 'object' && !Array.isArray(sibling) ? sibling[key] : undefined;
          if (typeof en === 'string') out.push({ path: `${at}.${k}.${key}`, en, zh: typeof zh === 'string' ? zh : undefined });
        }
      } else textPairs(v, `${at}.${k}`, out);
    }
  }
  return out;
}

describe('every rule has its Chinese text', () => {
  const rows = packs.flatMap((p) => p.rules.map((r) => [`${p.file} ${r.id}`, r] as const));
  it('covers every rule of every pack', () => expect(rows.length).toBeGreaterThanOrEqual(25));
  it.each(rows)('%s: message, why and suggestion in Chinese', (_name, rule) => {
    for (const key of ['message', 'why'] as const) {
      const zh = rule[`${key}Zh`];
      expect(typeof zh, `${key}Zh`).toBe('string');
      expect(readsAsChinese(zh as string), `${key}Zh reads as Chinese: ${String(zh)}`).toBe(true);
    }
    if (rule.suggestion) expect(readsAsChinese(String(rule.suggestionZh)), 'suggestionZh').toBe(true);
  });
  it.each(rows)('%s: every text param has a Chinese sibling with the same placeholders', (_name, rule) => {
    const pairs = textPairs(rule, rule.id);
    const missing = pairs.filter((p) => p.zh === undefined || !readsAsChinese(p.zh)).map((p) => p.path);
    expect(missing).toEqual([]);
    const mismatched = pairs.filter((p) => p.zh !== undefined && placeholders(p.en).join() !== placeholders(p.zh).join()).map((p) => p.path);
    expect(mismatched).toEqual([]);
  });
  it('finds the text params a missing sibling would hide (pattern messages, labels, comp-band texts)', () => {
    const all = packs.flatMap((p) => p.rules.flatMap((r) => textPairs(r, r.id)));
    expect(all.some((p) => /patterns\[\d+\]\.suggestion$/.test(p.path))).toBe(true);
    expect(all.some((p) => /elements\[\d+\]\.label$/.test(p.path))).toBe(true);
    expect(all.some((p) => /belowMessage$/.test(p.path))).toBe(true);
  });
  it('has a Chinese label for every rule label', () => {
    expect(Object.keys(ruleLabelsZh).sort()).toEqual(Object.keys(ruleLabels).sort());
    for (const label of Object.values(ruleLabelsZh)) expect(readsAsChinese(label), label).toBe(true);
    expect(ruleLabelIn('baseline', 'zh')).toBe('缺少对比基准');
    expect(ruleLabelIn('baseline', 'en')).toBe('No baseline to compare with');
  });
});

describe('the loader validates the Chinese text', () => {
  const pack = (extra: Record<string, unknown>, params: Record<string, unknown> = { patterns: [{ pattern: 'synergy' }] }) =>
    JSON.stringify({
      pack: 'test',
      rules: [{ id: 'r', kind: 'pattern-absent', severity: 'warning', message: 'm', why: 'w', params, ...extra }],
    });
  it('accepts Chinese text with placeholders', () => {
    const { rules, problems } = parsePack('t.json', pack({ messageZh: '“{match}”太笼统。', whyZh: '评委看的是具体内容。' }));
    expect(problems).toEqual([]);
    expect(rules[0]?.messageZh).toBe('“{match}”太笼统。');
  });
  it.each([
    ['messageZh', { messageZh: 'This is still English.' }, 'rules[0].messageZh'],
    ['whyZh', { whyZh: '' }, 'rules[0].whyZh'],
    ['suggestionZh', { suggestionZh: 'Use 数字 instead of words like this' }, 'rules[0].suggestionZh'],
  ])('refuses an English or empty %s, naming the field', (_k, extra, field) => {
    const { rules, problems } = parsePack('t.json', pack(extra));
    expect(rules).toEqual([]);
    expect(problems[0]?.field).toBe(field);
  });
  it('refuses an English Zh text param, naming the field', () => {
    const { problems } = parsePack('t.json', pack({}, { patterns: [{ pattern: 'synergy', messageZh: 'Still English' }] }));
    expect(problems[0]?.field).toBe('rules[0].params.patterns.0.messageZh');
  });
});

describe('findingsLanguage', () => {
  it.each([
    [{ sections: { problem: '我们把误拒率从 4.1% 降到了 2.6%，每年挽回 320 万美元。' } }, 'draft', 'zh'],
    [{ sections: { problem: 'We cut false declines from 4.1% to 2.6%, saving $3.2M a year.' } }, 'draft', 'en'],
    [{ title: '实时反欺诈评分', sections: { problem: 'AUC 0.91' } }, 'draft', 'zh'],
    [{ sections: { problem: '我们把误拒率降低了。' } }, 'en', 'en'],
    [{ sections: { problem: 'We cut false declines.' } }, 'zh', 'zh'],
  ] as const)('%j with %s -> %s', (doc, setting, want) => {
    expect(findingsLanguage(doc, setting as FindingsLanguageSetting)).toBe(want);
  });
});

describe('the gold corpus in both languages', () => {
  const { cases } = loadCorpus(path.join(appRoot, 'tests', 'gold', 'cases'));
  const templates = loadTemplatesFrom(appRoot, null);
  const packsLoaded = loadRulePacks(appRoot).rules;
  const check = (c: (typeof cases)[number], lang: FindingsLanguageSetting) => {
    const company = c.company === 'none' ? null : c.company;
    const template = findTemplate(templates, c.template);
    return checkText({
      template,
      sections: caseSections(c),
      rules: selectRules(packsLoaded, template, company),
      bands: companyBands(findProfile(appRoot, company), null),
      privateTerms: c.privateTerms ?? [],
      disabled: [],
      silenced: [],
      company,
      findingsLanguage: lang,
    });
  };
  const shape = (f: Finding) => [f.rule, f.section, f.start, f.end, f.severity].join('|');
  const zhFindings: Finding[] = [];
  const enFindings: Finding[] = [];
  for (const c of cases) {
    const zh = check(c, 'zh');
    const en = check(c, 'en');
    expect(zh.findings.map(shape)).toEqual(en.findings.map(shape));
    expect(zh.score).toBe(en.score);
    zhFindings.push(...zh.findings);
    enFindings.push(...en.findings);
  }
  it('raises findings of most rules', () => {
    expect(cases.length).toBeGreaterThan(500);
    expect(new Set(zhFindings.map((f) => f.rule)).size).toBeGreaterThanOrEqual(20);
  });
  it('words every finding in Chinese when asked', () => {
    const english = zhFindings
      .flatMap((f) => ([['message', f.message], ['why', f.why], ['suggestion', f.suggestion]] as const).map(([k, t]) => [f.rule, k, t] as const))
      .filter(([, , t]) => t !== '' && !readsAsChinese(t));
    expect(english.slice(0, 10)).toEqual([]);
  });
  it('words every finding in English otherwise (a quoted Chinese phrase aside)', () => {
    const chinese = enFindings.filter((f) => readsAsChinese(f.why) || (readsAsChinese(f.message) && !/“[^”]*\p{Script=Han}/u.test(f.message)));
    expect(chinese.map((f) => [f.rule, f.message]).slice(0, 10)).toEqual([]);
  });
  it('leaves no placeholder unfilled', () => {
    const open = zhFindings.filter((f) => /\{\w+\}/.test(f.message + f.suggestion)).map((f) => f.message);
    expect(open.slice(0, 5)).toEqual([]);
  });
});

describe('messages composed in code, in Chinese', () => {
  const zh = (c: Omit<Case, 'lang'>) => run({ ...c, lang: 'draft' }).findings;
  it('comp-band names the guides by their Chinese names and says which way the ask breaks', () => {
    const bands = companyBands(findProfile(appRoot, 'wells-fargo'), null);
    const f = zh({ text: '', template: 'comp-memo', company: 'wells-fargo', bands, sections: { base: '我希望底薪在20万到20.5万美元之间。' } }).find((x) => x.rule === 'comp-band');
    expect(f?.message).toBe('$200k–$205k 在Wells Fargo 英文指南的底薪区间之内（$150k–$210k），但高于Wells Fargo 中文指南的区间（$135k–$195k）。两份指南说法不一，按Wells Fargo 中文指南来看的招聘方可能会觉得你的要价超出了区间。');
    expect(f?.suggestion).toContain('把底薪控制在 $195k 以内');
  });
  it('comp-band words a bonus ask and its bands in Chinese', () => {
    const bands = companyBands(findProfile(appRoot, 'wells-fargo'), null);
    const f = zh({ text: '', template: 'comp-memo', company: 'wells-fargo', bands, sections: { base: '我希望奖金在20%到25%之间。' } }).find((x) => x.rule === 'comp-band');
    expect(f?.message).toMatch(/^奖金 20%–25% 高于Wells Fargo 英文指南的范围（底薪的 12%–18%，目标 15%），而Wells Fargo 中文指南公布的是底薪的 15%–35%/);
  });
  it('section-required and its fix name the section by its Chinese heading', () => {
    const f = zh({ text: '客户流失对业务影响很大，我们的挽留率从 61% 提高到 68%。', section: 'problem' }).find((x) => x.rule === 'section-required' && x.section === 'risk');
    expect(f?.message).toBe('必填部分“风险与合规”还是空的。');
    expect(f?.fix?.label).toBe('按提示开始写“风险与合规”');
  });
  it('vague-language offers its removal in Chinese', () => {
    const f = zh({ text: '我们的挽留率从 61% 提高到 68%，效果 very 好。', section: 'outcome' }).find((x) => x.rule === 'vague-language');
    expect(f?.fix?.label ?? f?.suggestion).toMatch(/“very”/);
    expect(f?.message).toMatch(/^“very”太笼统/);
  });
  it('private terms in a heading are named in Chinese', () => {
    const f = run({ text: '', lang: 'zh', privateTerms: ['Falcon'], sections: { problem: '问题很多。', 'extra:Falcon 项目': '我负责这个项目。' } }).findings.find((x) => x.rule === 'confidentiality');
    expect(f?.message).toBe('标题“Falcon 项目”提到了“Falcon”，它在你的保密清单上。');
  });
  it('the export review names a private term in the title in the draft\'s language', () => {
    const input = { appRoot, title: 'Falcon 项目复盘', privateTerms: ['Falcon'], disabledRules: [] };
    const [zh] = privateTermsInTitle({ ...input, lang: 'zh' });
    expect(zh?.message).toBe('标题提到了“Falcon”，它在你的保密清单上。');
    expect(readsAsChinese(zh?.why ?? '') && readsAsChinese(zh?.suggestion ?? '')).toBe(true);
    expect(privateTermsInTitle(input)[0]?.message).toBe('The title mentions “Falcon”, which is on your private list.');
  });
});
