// The heading language of a document (headingLanguage.ts): the rule as a table, and a Chinese
// draft of every built-in template printing Chinese headings that import back to the same sections.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseName, documentHeadingLanguage, headingLanguage, sectionHeading } from '../../../src/core/document/headingLanguage';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { printMarkdown } from '../../../src/core/document/printMarkdown';
import { parseDocument } from '../../../src/core/export/parseDocument';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { bylineText, longDate, pageNumberWords } from '../../../src/core/export/exportMeta';
import type { MarkdownDocument } from '../../../src/core/document/types';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const templates = loadTemplatesFrom(appRoot, null).templates;

describe('heading language rule', () => {
  it.each([
    ['上线前三周，我在周报里发现批准率差距达到 11 个百分点。'],
    ['我们把 false positive rate 降低了 12%。'],
    ['推迟上线每年少省 120 万美元，但 MRM 要求先做公平性测试。'],
    ['模型风险管理部门在开发前审查了设计（SR 11-7）。'],
    ['實時欺詐評分：誤拒率從 3.2% 降至 2.1%。'],
    ['我们参考了日本团队的「カード」方案，最终选择了规则引擎。'],
  ])('Chinese: %s', (text) => expect(headingLanguage([text])).toBe('zh'));

  it.each([
    ['Cut fraud losses from $4.1M to $2.9M a year.'],
    ['The Chinese guide calls this 权衡; I weighed a 2-week delay against $1.2M a year.'],
    ['日本のカード不正検知モデルを改善しました。'],
    ['カード不正による損失は年間 4.1 億円に達し、承認から検知まで六時間かかっていた。'],
    ['不正検知モデルの導入'],
    ['카드 사기 탐지 모델을 개선했습니다.'],
    ['123 456 — 7.8%'],
    [''],
  ])('not Chinese: %s', (text) => expect(headingLanguage([text])).toBe('en'));

  it('reads the title and every section together', () => {
    expect(documentHeadingLanguage({ title: '实时欺诈评分', sections: { problem: '', outcome: '' } })).toBe('zh');
    expect(documentHeadingLanguage({ title: '欺诈', sections: { problem: 'Fraud losses grew to $4M a year.' } })).toBe('en');
    expect(documentHeadingLanguage({ title: 42, sections: { problem: '欺诈损失每年达到四百万美元。' } })).toBe('zh');
  });

  it('names a section in Chinese by its first Han alias, and keeps the label without one', () => {
    expect(sectionHeading({ label: 'ICE view', aliases: ['ICE 评估', 'ICE 视角'] }, 'zh')).toBe('ICE 评估');
    expect(sectionHeading({ label: 'ICE view', aliases: ['ICE 评估'] }, 'en')).toBe('ICE view');
    expect(sectionHeading({ label: 'Notes', aliases: ['Remarks'] }, 'zh')).toBe('Notes');
    expect(chineseName({})).toBeNull();
  });
});

const han = fc.constantFrom('我', '们', '模', '型', '风', '险', '欺', '诈', '损', '失', '上', '线', '决', '定', '，', '。', ' ', '12', '%', 'MRM');
const chineseText = fc.array(han, { minLength: 12, maxLength: 40 }).map((cs) => `${cs.join('')}合规。`.replace(/^[\s，。]+/, '').trim());

describe.each(templates.map((t) => [t.id, t] as const))('a Chinese %s', (_id, template) => {
  it('prints every section under its Chinese name and imports back to the same document', () => {
    fc.assert(
      fc.property(fc.array(chineseText, { minLength: template.sections.length, maxLength: template.sections.length }), (texts) => {
        const sections: Record<string, string> = {};
        template.sections.forEach((s, i) => (sections[s.id] = texts[i] ?? ''));
        const doc: MarkdownDocument = { frontMatter: { template: template.id, company: 'jpmorgan', title: '中文草稿' }, sections };
        const md = printMarkdown(doc, template);
        const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
        expect(headings).toEqual(template.sections.map((s) => chineseName(s)));
        const back = parseMarkdown(md, templates);
        expect({ frontMatter: back.frontMatter, sections: back.sections }).toEqual(doc);
        expect(printMarkdown({ frontMatter: back.frontMatter, sections: back.sections }, template)).toBe(md);
      }),
      { numRuns: 5 },
    );
  });

  it('heads its exported sections (DOCX, PDF and HTML read these) in Chinese', () => {
    const sections = Object.fromEntries(template.sections.map((s) => [s.id, '我们在上线前与模型风险管理部门确认了验证标准。']));
    const parsed = parseDocument({ title: '中文草稿', sections }, template);
    expect(parsed.headingLanguage).toBe('zh');
    expect(parsed.sections.map((s) => s.label)).toEqual(template.sections.map((s) => chineseName(s)));
  });
});

describe('an English draft', () => {
  it('keeps the English labels, in the exports and the Markdown', () => {
    const t = templates.find((x) => x.id === 'kill-story');
    if (!t) throw new Error('kill-story missing');
    const sections = Object.fromEntries(t.sections.map((s) => [s.id, 'I paused the launch until MRM validated the fairness tests (权衡 in the Chinese guide).']));
    expect(parseDocument({ title: 'Pausing a biased model', sections }, t).sections.map((s) => s.label)).toEqual(t.sections.map((s) => s.label));
    expect(printMarkdown({ frontMatter: { template: t.id }, sections }, t)).toContain('## The trade-off\n');
  });

  it('a Chinese draft quoting a Japanese word is still tagged Chinese (zh-Hans), as its headings are', () => {
    const t = templates.find((x) => x.id === 'impact-brief');
    if (!t) throw new Error('impact-brief missing');
    const parsed = parseDocument({ title: '实时欺诈评分', sections: { problem: '我们参考了日本团队的「カード」方案，最终选择了规则引擎作为兜底。' } }, t);
    expect(parsed.cjk).toBe('zh-Hans');
    expect(parsed.sections[0]?.label).toBe('问题');
  });
});

describe('the words around the sections follow the heading language', () => {
  const meta = { candidateName: 'Jane Doe', companyName: 'JPMorgan Chase', date: '2026-11-03', pageSize: 'letter' as const };
  it('dates, bylines and page numbers', () => {
    expect(longDate('2026-11-03', 'zh')).toBe('2026年11月3日');
    expect(longDate('2026-11-03')).toBe('November 3, 2026');
    expect(bylineText(meta, 'zh')).toBe('Jane Doe · JPMorgan Chase · 2026年11月3日');
    expect(bylineText(meta, 'en')).toBe('Jane Doe · for JPMorgan Chase · November 3, 2026');
    expect(bylineText({ ...meta, candidateName: ' ', companyName: '' }, 'zh')).toBe('2026年11月3日');
    expect(pageNumberWords('zh').join('2')).toBe('第 2 页，共 2 页');
    expect(pageNumberWords('en').join('2')).toBe('Page 2 of 2');
  });
});
