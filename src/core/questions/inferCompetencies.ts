// Which competencies a document shows, read from its text and template, so coverage needs no
// manual tags. Tags the candidate sets stay as overrides (see effectiveCompetencies).
//
// A competency is inferred when the text carries at least MIN_CUES different cues for it (English
// words matched on word boundaries, case-insensitive; Chinese terms matched as substrings, since
// Chinese has no spaces), or when the template is built to show it. The cue lists are ours,
// drawn from the vocabulary of the five guides (shared DOMAIN.md) and the competency axes of the
// Wells Fargo guide (English).
import type { Competency } from '../workspace/schemas';

export const MIN_CUES = 2;

interface Cues {
  en: RegExp[];
  zh: string[];
}

const w = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

const CUES: Record<Competency, Cues> = {
  'technical-depth': {
    en: [
      w('precision'), w('recall'), w('f1'), w('auc'), w('drift(?:ed|ing)?'), w('latency'), w('training data'),
      w('features?'), w('thresholds?'), w('false[ -](?:positives?|negatives?|declines?)'), w('labell?(?:ed|s)'),
      w('shadow mode'), w('retrain(?:ed|ing)?'), w('calibrat(?:ed|ion)'), w('inference'), w('p99'), w('\\d+ ?ms'),
      w('back-?testing'), w('data pipelines?'),
    ],
    zh: ['精确率', '召回率', '准确率', '漂移', '延迟', '特征', '训练数据', '阈值', '误报', '假阳性', '标注', '影子模式', '重新训练', '毫秒'],
  },
  'regulatory-acumen': {
    en: [
      w('model risk'), w('mrm'), w('sr 11-7'), w('occ'), w('2011-12'), w('cfpb'), w('ecoa'), w('fcra'), w('fair[ -]lending'),
      w('adverse[ -]action'), w('compliance'), w('regulat(?:or|ors|ory|ion|ions)'), w('audit(?:s|ed|ors?)?'), w('audit trail'),
      w('(?:independent )?validation'), w('gdpr'), w('ccpa'), w('explainab(?:le|ility)'), w('disparate impact'),
      w('legal'), w('aml'), w('kyc'), w('sign-?off'),
    ],
    zh: ['合规', '监管', '模型风险', '审计', '公平借贷', '公平贷款', '可解释', '独立验证', '验证报告', '法务', '反洗钱', '货币监理署', '消费者金融保护局'],
  },
  'stakeholder-influence': {
    en: [
      w('stakeholders?'), w('persuad(?:e|ed|ing)'), w('convinc(?:e|ed|ing)'), w('align(?:ed|ment)?'), w('disagree(?:d|ment)?'),
      w('conflict(?:s|ing)?'), w('without (?:direct )?authority'), w('negotiat(?:e|ed|ion)'), w('sponsors?'),
      w('executives?'), w('escalat(?:e|ed|ion)'), w('buy-?in'), w('conditional yes'), w('counterparts?'), w('said no'),
      w('partner(?:ed|s)?'),
    ],
    zh: ['利益相关', '说服', '对齐', '分歧', '冲突', '协调', '谈判', '升级', '业务方', '合作伙伴', '共识', '高管'],
  },
  'execution-rigor': {
    en: [
      w('roll ?outs?'), w('rolled out'), w('phased'), w('pilot(?:ed)?'), w('milestones?'), w('timelines?'), w('deadlines?'),
      w('sprints?'), w('launch(?:ed|es)?'), w('rollback'), w('runbooks?'), w('sla'), w('a/b'), w('baseline'),
      w('kpis?'), w('dashboards?'), w('monitor(?:ed|ing)?'), w('within \\d+ (?:days|weeks|months)'), w('uat'),
    ],
    zh: ['上线', '灰度', '试点', '里程碑', '时间线', '回滚', '指标', '基线', '监控', '发布', '分阶段', '迭代'],
  },
  'product-vision': {
    en: [
      w('customers?'), w('users?'), w('markets?'), w('strateg(?:y|ic)'), w('roadmap'), w('revenue'), w('ltv'), w('cac'),
      w('unit economics'), w('opportunit(?:y|ies)'), w('vision'), w('segments?'), w('pain points?'), w('growth'),
      w('business (?:problem|case|value)'),
    ],
    zh: ['用户', '客户', '市场', '战略', '路线图', '收入', '痛点', '增长', '商业价值', '业务问题'],
  },
  'risk-impact-leadership': {
    en: [
      w('risk-adjusted'), w('trade-?offs?'), w('killed'), w('(?:stopped|paused|halted) the (?:project|launch|rollout)'),
      w('i decided'), w('decision'), w('accountab(?:le|ility)'), w('ethic(?:s|al)'), w('fairness'), w('reputation(?:al)?'),
      w('losses'), w('i led'), w('leadership'),
    ],
    zh: ['权衡', '取舍', '叫停', '终止', '我决定', '决策', '担责', '伦理', '公平', '声誉', '损失', '风险调整'],
  },
};

/** Competencies each template is built to show (a template absent here implies none). */
export const TEMPLATE_COMPETENCIES: Readonly<Record<string, readonly Competency[]>> = {
  'kill-story': ['regulatory-acumen', 'risk-impact-leadership'],
  'stakeholder-conflict': ['stakeholder-influence'],
  'ethics-pitch': ['risk-impact-leadership', 'regulatory-acumen'],
  'four-p': ['regulatory-acumen'],
  'three-c': ['product-vision'],
  'ice-sheet': ['execution-rigor'],
  'impact-brief': ['product-vision'],
  'value-prop-memo': ['product-vision'],
  'three-stage-impact': ['regulatory-acumen'],
  'forensic-narrative': ['execution-rigor'],
  'case-answer': ['product-vision'],
};

/**
 * Sections that show a competency once written (every listed section holding at least
 * MIN_SECTION_CHARS characters): a kill story's "Who I consulted" and "How I told leadership" are
 * stakeholder work whatever words they use; an impact brief's "Decisions I owned" with its "Risk and
 * compliance" is risk leadership.
 */
export const SECTION_COMPETENCIES: Readonly<Record<string, readonly { sections: readonly string[]; competency: Competency }[]>> = {
  'kill-story': [{ sections: ['stakeholders', 'communication'], competency: 'stakeholder-influence' }],
  'impact-brief': [
    { sections: ['decisions', 'risk'], competency: 'risk-impact-leadership' },
    { sections: ['risk'], competency: 'regulatory-acumen' },
  ],
  'case-answer': [{ sections: ['governance'], competency: 'regulatory-acumen' }],
  'three-c': [{ sections: ['constraints'], competency: 'regulatory-acumen' }],
  'risk-scenario-case': [{ sections: ['compliance-checkpoint'], competency: 'regulatory-acumen' }],
  'pre-mortem': [{ sections: ['blockers'], competency: 'regulatory-acumen' }],
};

/** A section counts as written from this many characters (about one short sentence, in either language). */
export const MIN_SECTION_CHARS = 20;

export interface InferredCompetency {
  competency: Competency;
  /** The cues found in the text (at most five), and whether the template (or a written section of it) implies it. */
  cues: string[];
  fromTemplate: boolean;
}

function fromSections(templateId: string | null, sections: Readonly<Record<string, string>> | undefined): Set<Competency> {
  const out = new Set<Competency>();
  if (!templateId || !sections) return out;
  for (const rule of SECTION_COMPETENCIES[templateId] ?? []) {
    if (rule.sections.every((id) => (sections[id] ?? '').trim().length >= MIN_SECTION_CHARS)) out.add(rule.competency);
  }
  return out;
}

/**
 * Competencies shown by `text` (Markdown or plain, English, Chinese or mixed) written from
 * `templateId`, with its `sections` (id -> text) when known (SECTION_COMPETENCIES). Returns them
 * in the fixed competency order, each with its evidence.
 */
export function inferCompetencies(text: string, templateId: string | null, sections?: Readonly<Record<string, string>>): InferredCompetency[] {
  const out: InferredCompetency[] = [];
  const fromTemplate = new Set([...(templateId ? (TEMPLATE_COMPETENCIES[templateId] ?? []) : []), ...fromSections(templateId, sections)]);
  for (const [competency, cues] of Object.entries(CUES) as [Competency, Cues][]) {
    const found: string[] = [];
    for (const re of cues.en) {
      const m = re.exec(text);
      if (m) found.push(m[0].toLowerCase());
    }
    for (const term of cues.zh) if (text.includes(term)) found.push(term);
    const distinct = [...new Set(found)];
    const byTemplate = fromTemplate.has(competency);
    if (distinct.length >= MIN_CUES || byTemplate) out.push({ competency, cues: distinct.slice(0, 5), fromTemplate: byTemplate });
  }
  return out;
}

/**
 * The competencies a document counts for: the candidate's tags when it has any (an override),
 * otherwise the inferred ones.
 */
export function effectiveCompetencies(
  doc: { tags: Competency[]; templateId: string; sections?: Readonly<Record<string, string>> },
  text: string,
): { competencies: Competency[]; from: 'tags' | 'inferred' } {
  if (doc.tags.length > 0) return { competencies: [...doc.tags], from: 'tags' };
  return { competencies: inferCompetencies(text, doc.templateId, doc.sections).map((c) => c.competency), from: 'inferred' };
}
