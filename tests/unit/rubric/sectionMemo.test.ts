// The live checker's section memo (sectionMemo.ts): a check that reuses the sections prepared by
// the previous one returns exactly what a fresh check returns, at every step of typing a document,
// and the memo reuses a section only while its text is the same.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/core/rubric/checkText';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { createSectionMemo, SECTION_MEMO_LIMIT } from '../../../src/core/rubric/sectionMemo';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { findTemplate, loadTemplatesFrom } from '../../../src/core/templates/registry';
import { appRoot } from './ruleHarness';

const templates = loadTemplatesFrom(appRoot, null);
const rules = loadRulePacks(appRoot).rules;
const fixtures = ['weak-brief.md', 'strong-brief.md', 'sample-zh-brief.md']
  .map((f) => path.join(appRoot, 'tests', 'fixtures', f))
  .filter((f) => fs.existsSync(f))
  .map((f) => parseMarkdown(fs.readFileSync(f, 'utf8'), templates.templates))
  .map((d) => ({ template: d.frontMatter.template ?? 'impact-brief', sections: d.sections }));
// A Chinese draft in our own words: segmentation by Intl.Segmenter, not by spaces.
fixtures.push({
  template: 'impact-brief',
  sections: {
    problem: '信用卡欺诈损失每年约 410 万美元，人工复核积压超过两天。',
    outcome: '上线后欺诈损失降到 290 万美元，误拒率从 1.2% 降到 0.8%。\n\n- 效果很好\n- 复核时间缩短到 4 小时',
    risk: '模型风险管理团队在设计阶段就参与评审，独立验证在上线前完成。',
  },
});

describe('createSectionMemo', () => {
  it('returns the prepared section again while its text is the same, and a new one when it changes', () => {
    const memo = createSectionMemo();
    const a = memo.prepare('outcome', 'Losses fell 20%.');
    expect(memo.prepare('outcome', 'Losses fell 20%.')).toBe(a);
    const b = memo.prepare('outcome', 'Losses fell 25%.');
    expect(b).not.toBe(a);
    expect(b.raw).toBe('Losses fell 25%.');
    // Same text under another section id is another section (its id is part of it).
    expect(memo.prepare('problem', 'Losses fell 25%.').id).toBe('problem');
  });

  it('keeps at most SECTION_MEMO_LIMIT section ids', () => {
    const memo = createSectionMemo();
    const first = memo.prepare('s0', 'One.');
    for (let i = 1; i <= SECTION_MEMO_LIMIT; i++) memo.prepare(`s${i}`, 'One.');
    // Past the limit the memo started over, so s0 is prepared afresh.
    expect(memo.prepare('s0', 'One.')).not.toBe(first);
  });
});

describe('checkText with a section memo', () => {
  it('equals a fresh check at every step of typing each fixture section by section', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    let compared = 0;
    for (const doc of fixtures) {
      const template = findTemplate(templates, doc.template);
      const input = { template, rules: selectRules(rules, template, 'wells-fargo'), privateTerms: ['Project Falcon'], disabled: [], silenced: [], company: 'wells-fargo' };
      const memo = createSectionMemo();
      const sections: Record<string, string> = {};
      for (const [id, text] of Object.entries(doc.sections)) {
        // Every 31st prefix of the section, then the whole of it, as if typed.
        for (let n = 0; n <= text.length; n += n + 31 > text.length && n < text.length ? text.length - n : 31) {
          sections[id] = text.slice(0, n);
          const fresh = checkText({ ...input, sections: { ...sections } });
          const reused = checkText({ ...input, sections: { ...sections }, memo });
          expect(reused).toEqual(fresh);
          compared++;
          if (n === text.length) break;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
