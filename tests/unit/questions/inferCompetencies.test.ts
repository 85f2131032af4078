// Competency inference, as table tests in English, Chinese and mixed text: what must be found,
// and what must not.
import { describe, expect, it } from 'vitest';
import { effectiveCompetencies, inferCompetencies } from '../../../src/core/questions/inferCompetencies';
import type { Competency } from '../../../src/core/workspace/schemas';

const found = (text: string, template: string | null = null): Competency[] => inferCompetencies(text, template).map((c) => c.competency);

describe('inferCompetencies: must find', () => {
  const rows: [string, string, Competency][] = [
    ['en technical', 'We traded precision for recall because a missed fraud costs more; latency stayed at 45 ms p99.', 'technical-depth'],
    ['en regulatory', 'Model risk ran independent validation and compliance checked the fair lending impact before launch.', 'regulatory-acumen'],
    ['en stakeholder', 'The compliance lead said no; I met her concern, the sponsor agreed, and we turned it into a conditional yes.', 'stakeholder-influence'],
    ['en execution', 'We ran a four-week pilot, then a phased rollout with a rollback plan and a KPI dashboard.', 'execution-rigor'],
    ['en product', 'Small-business customers waited 9 days for a decision; the strategy was to grow revenue in that segment.', 'product-vision'],
    ['en leadership', 'I decided to stop the launch: the trade-off was six weeks against a fairness gap and the reputational losses.', 'risk-impact-leadership'],
    ['zh technical', '我们在欺诈检测中优先召回率而不是精确率,并把延迟控制在50毫秒。', 'technical-depth'],
    ['zh regulatory', '上线前模型风险团队做了独立验证,合规确认了公平借贷的影响。', 'regulatory-acumen'],
    ['zh stakeholder', '我和数据科学团队有分歧,通过与业务方对齐,最终达成共识。', 'stakeholder-influence'],
    ['zh execution', '我们先做了试点,再分阶段上线,并设置了回滚方案和监控指标。', 'execution-rigor'],
    ['zh product', '小企业客户的痛点是审批太慢,这个市场的收入增长空间很大。', 'product-vision'],
    ['zh leadership', '我决定叫停项目,权衡之后认为声誉损失太大。', 'risk-impact-leadership'],
    ['mixed', '我们和 compliance 一起做了 model risk review,再上线。', 'regulatory-acumen'],
  ];
  it.each(rows)('%s', (_name, text, competency) => {
    expect(found(text)).toContain(competency);
  });
});

describe('inferCompetencies: must not find', () => {
  const rows: [string, string, Competency][] = [
    ['one cue is not enough (en)', 'The meeting went well and the customer was happy.', 'product-vision'],
    ['no regulatory words', 'We shipped a faster checkout page and tracked conversion.', 'regulatory-acumen'],
    ['word inside another word', 'The occasional rollercoaster of feature requests.', 'regulatory-acumen'],
    ['one cue is not enough (zh)', '这次会议很顺利,大家都很满意。', 'stakeholder-influence'],
    ['technical words absent (zh)', '我们讨论了团队文化和办公室安排。', 'technical-depth'],
    ['filler text', 'Worked on various things that helped the team a lot.', 'execution-rigor'],
  ];
  it.each(rows)('%s', (_name, text, competency) => {
    expect(found(text)).not.toContain(competency);
  });
});

describe('template and tags', () => {
  it('the template implies what it is built to show, even before any text', () => {
    expect(found('', 'kill-story')).toEqual(['regulatory-acumen', 'risk-impact-leadership']);
    expect(found('', 'stakeholder-conflict')).toEqual(['stakeholder-influence']);
    expect(found('', 'comp-memo')).toEqual([]);
    expect(inferCompetencies('', 'four-p')[0]).toMatchObject({ fromTemplate: true, cues: [] });
  });

  it('keeps the evidence it found', () => {
    const [c] = inferCompetencies('Compliance and model risk signed off.', null);
    expect(c?.competency).toBe('regulatory-acumen');
    expect(c?.cues).toEqual(expect.arrayContaining(['model risk', 'compliance']));
  });

  it('tags override inference; without tags the text decides', () => {
    const text = 'Model risk ran independent validation and compliance reviewed it.';
    expect(effectiveCompetencies({ tags: ['product-vision'], templateId: 'impact-brief' }, text)).toEqual({ competencies: ['product-vision'], from: 'tags' });
    const inferred = effectiveCompetencies({ tags: [], templateId: 'impact-brief' }, text);
    expect(inferred.from).toBe('inferred');
    expect(inferred.competencies).toEqual(['regulatory-acumen', 'product-vision']);
  });
});
