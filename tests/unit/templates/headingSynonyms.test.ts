// Headings in other words (newcomer trial: “## 问题是如何浮现的” opened nothing, so its text was
// lost to the check and the section was called missing). A heading opens a section by its key
// when no exact name fits: function words aside, the template's headingSynonyms read as one word,
// English word order free (document/headingKey.ts). Every kill-story section, in English and
// Chinese; near misses open nothing; a template whose keys would collide is refused.
import { describe, expect, it } from 'vitest';
import { loadTemplatesFrom, findTemplate } from '../../../src/core/templates/registry';
import { TemplateSchema } from '../../../src/core/templates/templateSchema';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { headingKey } from '../../../src/core/document/headingKey';
import { appRoot, run } from '../rubric/ruleHarness';

const registry = loadTemplatesFrom(appRoot, null);
const kill = findTemplate(registry, 'kill-story');
const opened = (heading: string, templateId = 'kill-story'): string[] => {
  const doc = parseMarkdown(`## ${heading}\n\nText.\n`, findTemplate(registry, templateId));
  return Object.keys(doc.sections).filter((k) => doc.sections[k] === 'Text.' && !k.startsWith('extra:'));
};

const killStory: Record<string, { en: string[]; zh: string[] }> = {
  role: { en: ['My part', 'The role I played', 'My responsibilities'], zh: ['我的职责', '我的身份', '我的分工'] },
  concern: {
    en: ['How the issue came up', 'How the problem was found', 'How the risk emerged', 'When the red flag first appeared', 'Discovery'],
    zh: ['问题是如何浮现的', '关注点如何出现', '隐患是怎么被发现的', '问题怎样暴露出来', '疑虑如何浮出水面'],
  },
  stakeholders: { en: ['Who I brought in', 'Who was consulted', 'People I involved', 'Stakeholders I consulted'], zh: ['我找了哪些人', '我请教了谁', '我和哪些部门商量', '干系人'] },
  'trade-off': { en: ['The trade-offs I weighed', 'The tradeoff', 'The dilemma', 'What I weighed'], zh: ['权衡与取舍', '利弊权衡', '两难', '得失'] },
  decision: { en: ['The call I made', 'My decision', 'What I decided', 'The choice'], zh: ['我做出的决定', '我的抉择', '拍板', '决策'] },
  communication: {
    en: ['How I communicated it to leadership', 'Briefing the executives', 'Telling management', 'How leadership was informed', 'Communication'],
    zh: ['怎么跟管理层沟通的', '向高层汇报', '如何告知上级', '我向领导层说明了什么'],
  },
  outcome: {
    en: ['Results and follow-up', 'What happened next and what we monitored', 'The outcome and what we tracked', 'Outcome'],
    zh: ['结果与跟踪', '效果与后续监测', '最终结果与持续监控', '结果'],
  },
};

describe('kill-story headings in other words', () => {
  for (const [id, { en, zh }] of Object.entries(killStory)) {
    it.each([...en, ...zh])(`“%s” opens ${id}`, (heading) => expect(opened(heading)).toEqual([id]));
  }
  it.each([
    '权衡的代价',
    '决定以后',
    'Tradeoffs we skipped',
    'Lessons learned',
    'Background on the bank',
    '附注',
    'How',
    '我们的',
    'Next steps',
  ])('“%s” opens no section', (heading) => expect(opened(heading)).toEqual([]));

  it('an exact name wins over a key: “结果” is still the outcome, “背景” still the concern', () => {
    expect(opened('结果')).toEqual(['outcome']);
    expect(opened('背景')).toEqual(['concern']);
  });

  it('a second heading in other words for a section already opened is kept apart, not merged', () => {
    const doc = parseMarkdown('## How the concern surfaced\n\nOne.\n\n## How the issue came up\n\nTwo.\n', kill);
    expect(doc.sections.concern).toBe('One.');
    expect(doc.sections['extra:How the issue came up']).toBe('Two.');
  });
});

describe('breaker F11: natural decision headings, annotations, traditional and full-width characters', () => {
  it.each([
    ['最终决定', 'decision'],
    ['我做的决定', 'decision'],
    ['決定', 'decision'],
    ['我的決策', 'decision'],
    ['The final decision', 'decision'],
    ['决定（必填）', 'decision'],
    ['决定 (必填)：', 'decision'],
    ['The decision (required)', 'decision'],
    ['Decision [optional]', 'decision'],
    ['ＤＥＣＩＳＩＯＮ', 'decision'],
    ['問題是如何浮現的', 'concern'],
    ['權衡與取捨', 'trade-off'],
    ['我如何向領導匯報', 'communication'],
    ['結果與後續監控', 'outcome'],
    ['最后的决定', 'decision'],
  ])('“%s” opens %s', (heading, id) => expect(opened(heading)).toEqual([id]));
  it.each(['决定以后', '必填', '（必填）', 'Required'])('“%s” opens no section', (heading) => expect(opened(heading)).toEqual([]));
});

describe('other templates’ required sections in other words', () => {
  it.each([
    ['最终决策', 'impact-brief', 'decisions'],
    ['Key decisions', 'impact-brief', 'decisions'],
    ['我做出的决策', 'impact-brief', 'decisions'],
    ['最终结果', 'impact-brief', 'outcome'],
    ['Results', 'impact-brief', 'outcome'],
    ['成效（必填）', 'impact-brief', 'outcome'],
    ['風險與合規', 'impact-brief', 'risk'],
    ['The final result', 'forensic-narrative', 'result'],
    ['最终结果', 'forensic-narrative', 'result'],
    ['Steps taken', 'forensic-narrative', 'action'],
    ['我做了什么', 'forensic-narrative', 'action'],
    ['The outcome', 'interview-answer', 'result'],
    ['最终结果', 'stakeholder-conflict', 'outcome'],
    ['Result', 'stakeholder-conflict', 'outcome'],
    ['根本原因（必填）', 'model-failure-recovery', 'root-cause'],
    ['Business results', 'three-stage-impact', 'outcome'],
  ])('“%s” opens %s/%s', (heading, template, id) => expect(opened(heading, template)).toEqual([id]));
});

describe('function words aside, for every template', () => {
  it.each([
    ['The Outcome', 'impact-brief', 'outcome'],
    ['My decisions I owned', 'impact-brief', 'decisions'],
    ['The risk and the compliance', 'impact-brief', 'risk'],
    ['我们的风险与合规', 'impact-brief', 'risk'],
    ['Root cause', 'model-failure-recovery', 'root-cause'],
  ])('“%s” opens %s/%s', (heading, template, id) => expect(opened(heading, template)).toEqual([id]));

  it('no built-in template has two sections whose names share a key', () => {
    expect(registry.problems).toEqual([]);
    for (const t of registry.templates) {
      const owner = new Map<string, string>();
      for (const s of t.sections) {
        for (const name of [s.id, s.label, ...(s.aliases ?? [])]) {
          const key = headingKey(name, t.headingSynonyms);
          if (key === '') continue;
          expect(owner.get(key) ?? s.id, `${t.id}: “${name}”`).toBe(s.id);
          owner.set(key, s.id);
        }
      }
    }
  });

  it('refuses a template whose synonyms would make two sections read the same', () => {
    const raw = structuredClone(kill) as unknown as Record<string, unknown> & { headingSynonyms: string[][] };
    delete raw.origin;
    raw.headingSynonyms = [['decision', 'trade-off'], ...raw.headingSynonyms];
    const r = TemplateSchema.safeParse(raw);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('read the same');
  });

  it('keys ignore word order in English and repeated words in Chinese', () => {
    expect(headingKey('Leadership: how I told them', kill.headingSynonyms)).toBe(headingKey('How I told leadership', kill.headingSynonyms));
    expect(headingKey('权衡与取舍', kill.headingSynonyms)).toBe('权衡');
    expect(headingKey('The how of it')).toBe('');
  });
});

describe('the newcomer’s Chinese kill story', () => {
  it('a synonym heading no longer costs a “no heading opens” error', () => {
    const md = [
      '---', 'template: kill-story', 'company: wells-fargo', '---',
      '## 我的角色', '', '我是额度模型的产品负责人，暂停由我决定。', '',
      '## 问题是如何浮现的', '', '影子运行时，我发现年长申请人的差别影响比率只有 0.71。', '',
    ].join('\n');
    const doc = parseMarkdown(md, kill);
    expect(doc.sections.concern).toBe('影子运行时，我发现年长申请人的差别影响比率只有 0.71。');
    const r = run({ text: '', template: 'kill-story', company: 'wells-fargo', sections: doc.sections });
    expect(r.findings.filter((f) => f.section === 'concern' || f.section?.startsWith('extra:'))).toEqual([]);
  });
});
