// A required section that is missing or empty is reported once: section-required names it (with
// its prompt as a start); kill-story-elements does not report the same gap again in other words.
// Its element findings stay for sections that hold text without the element, and for a missing
// section when section-required is turned off or silenced.
import { describe, expect, it } from 'vitest';
import { run } from './ruleHarness';
import type { Case } from './ruleHarness';

const en = {
  role: 'I owned the credit-line decrease model and the call to pause it was mine.',
  concern: 'Three weeks before launch, a shadow run showed a 0.71 disparate-impact ratio for older applicants.',
  stakeholders: 'I took it to model risk, fair-lending counsel and the business sponsor the same day.',
  'trade-off': 'Pausing would cost about $2M of loss avoidance; launching risked a fair-lending finding.',
  decision: 'I decided to pause for six weeks and retrain without the two proxy features.',
  communication: 'I briefed the SVP and the steering committee with a one-page memo.',
  outcome: 'We relaunched with the ratio at 0.93 and monitor it monthly with fair lending.',
};
const zh = {
  role: '我是额度下调模型的产品负责人，暂停由我决定。',
  concern: '上线前三周，影子运行显示年长申请人的差别影响比率只有 0.71。',
  stakeholders: '当天我就找了模型风险、公平信贷法务和业务负责人。',
  'trade-off': '暂停会少避免约 200 万美元损失；上线则可能带来公平信贷问题。',
  decision: '我决定暂停六周，去掉两个代理变量后重新训练。',
  communication: '我用一页备忘录向高级副总裁和指导委员会汇报。',
  outcome: '重新上线后比率为 0.93，我们和公平信贷团队按月监控。',
};

const sectionIds = Object.keys(en);
const without = (doc: Record<string, string>, id: string, empty = false): Case => ({
  text: '',
  template: 'kill-story',
  company: 'wells-fargo',
  sections: Object.fromEntries(Object.entries(doc).filter(([k]) => k !== id).concat(empty ? [[id, '']] : [])),
});
const about = (c: Case, section: string, opts: { disabled?: string[]; silenced?: string[] } = {}) =>
  run(c, opts).findings.filter((f) => !f.silenced && (f.rule === 'kill-story-elements' || f.rule === 'section-required') && (f.section === section || f.section === null));

describe('a missing kill-story section is reported once', () => {
  // The role section has no element of its own.
  for (const id of sectionIds.filter((s) => s !== 'role')) {
    for (const [lang, doc] of [['English', en], ['Chinese', zh]] as const) {
      it(`${lang}: without “${id}” (no heading) → section-required only`, () => {
        const found = about(without(doc, id), id);
        expect(found.map((f) => f.rule)).toEqual(['section-required']);
      });
      it(`${lang}: “${id}” present but empty → section-required only`, () => {
        expect(about(without(doc, id, true), id).map((f) => f.rule)).toEqual(['section-required']);
      });
    }
  }

  it('the element is still reported when section-required is turned off or silenced', () => {
    const c = without(en, 'communication');
    expect(about(c, 'communication', { disabled: ['section-required'] }).map((f) => f.rule)).toEqual(['kill-story-elements']);
    expect(about(c, 'communication', { silenced: ['section-required'] }).map((f) => f.rule)).toEqual(['kill-story-elements']);
  });

  it('a section with text that does not show its element keeps the element finding', () => {
    const c: Case = { text: '', template: 'kill-story', company: 'wells-fargo', sections: { ...en, communication: 'It was a long quarter and the team stayed busy with other work.' } };
    expect(about(c, 'communication').map((f) => f.rule)).toEqual(['kill-story-elements']);
  });

  it('the full story has neither', () => {
    for (const doc of [en, zh]) {
      const c: Case = { text: '', template: 'kill-story', company: 'wells-fargo', sections: doc };
      expect(run(c).findings.filter((f) => f.rule === 'kill-story-elements' || f.rule === 'section-required')).toEqual([]);
    }
  });
});
