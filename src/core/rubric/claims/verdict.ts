// A verdict: the writer judging how a result turned out without measuring it — "the results were
// great", "the rollout went really well", "it was a huge success", "everyone was happy with it",
// 效果很好, 效果显著, 成效明显, 取得了很好的效果, 大家都很满意, 反响不错. It is an outcome claim
// that needs a figure wherever it stands. Not a verdict: a judgement of a check or a partner's
// review ("the validation report was positive", 验证结果良好 — governance, not impact), a wish or
// plan ("we hope the results will be good"), or a judgement of something that is not a result
// ("the data quality was good", "the team was great to work with"). Negation and quotation are
// left to the kinds (isDistanced). Pure: no node: imports, no DOM.
import type { Range } from './negation';

const DEGREE_EN = String.raw`(?:(?:really|very|pretty|quite|extremely|super|incredibly|remarkably|overwhelmingly|genuinely|truly|so|all in all|overall|broadly)\s+)?`;
/** What a result is called when it is judged. */
const RESULT_EN = String.raw`(?:the\s+|our\s+|its\s+|overall\s+)?(?:results?|outcomes?|impact|effects?|business impact|performance of the (?:new )?(?:model|product|system)|launch|rollout|roll-out|pilot|go-live|response from (?:customers|the business|users)|customer response|feedback|reception|uptake|adoption|project|initiative|new (?:model|product|system|flow|process))`;
const JUDGED_EN = String.raw`(?:great|good|excellent|amazing|fantastic|outstanding|impressive|terrific|positive|very positive|strong|encouraging|promising|remarkable|phenomenal|stellar|solid|superb|successful|a (?:huge |big |great |real |resounding |clear |major )?(?:success|win|hit)|well|smoothly|better than expected|beyond expectations|as hoped)`;
const VERDICT_EN = new RegExp(
  [
    // "The results were great", "the rollout went really well", "the impact has been huge".
    String.raw`\b${RESULT_EN}\s+(?:(?:was|were|is|are|has been|have been|had been|went|turned out|came (?:back|in)|proved|looked|seemed|felt)\s+(?:to be\s+)?)${DEGREE_EN}${JUDGED_EN}\b`,
    // "It was a huge success", "the launch was a big win".
    String.raw`\b(?:it|this|that)\s+(?:was|has been|proved|turned out to be)\s+(?:a\s+)?${DEGREE_EN}(?:huge |big |great |real |resounding |clear |major |massive )?(?:success|win|hit)\b`,
    // "It worked really well", "it went great".
    String.raw`\b(?:it|this|that|everything)\s+(?:worked|went|performed|landed)\s+${DEGREE_EN}(?:well|great|smoothly|beautifully|brilliantly|perfectly)\b`,
    // "Everyone was happy", "the business was thrilled with it".
    String.raw`\b(?:everyone|everybody|all (?:the )?stakeholders|stakeholders|the business|leadership|customers|users|the client|the team|management)\s+(?:was|were|is|are|has been|have been|seemed|felt)\s+${DEGREE_EN}(?:happy|pleased|satisfied|delighted|thrilled|impressed)\b`,
    // "Great results", "strong impact", "a huge success" as a phrase of its own.
    String.raw`\b(?:achieved|delivered|produced|saw|got|had|drove|yielded)\s+(?:some\s+|very\s+|really\s+)?(?:great|excellent|amazing|fantastic|outstanding|impressive|strong|positive|good|remarkable|significant|huge|massive|tremendous)\s+(?:results?|outcomes?|impact|returns?|gains?|improvements?|success)\b`,
  ].join('|'),
  'i',
);

/** 效果很好, 效果显著, 取得了很好的效果, 大家都很满意, 反响热烈, 大获成功. */
const VERDICT_ZH = new RegExp(
  [
    String.raw`(?:效果|成效|结果|反响|反馈|表现|业务效果|上线效果|整体效果|收益)(?:都|也|还)?(?:非常|很|特别|十分|相当|极其|比较|挺|还算|都很|都非常)?(?:好|不错|显著|明显|突出|理想|出色|喜人|良好|积极|热烈|可观|亮眼)`,
    String.raw`取得了?(?:非常|很|十分|相当|较|比较)?(?:好|不错|显著|明显|良好|理想|出色|巨大|可观|积极)的?(?:效果|成效|成果|结果|反响|收益)`,
    String.raw`(?:大家|各方|领导|业务方|业务部门|客户|用户|管理层|老板|团队)(?:都|也)?(?:非常|很|十分|特别|相当)?(?:满意|认可|高兴|开心|好评)(?=了|[，,。；;！!]|$)`,
    String.raw`大获成功|非常成功|十分成功|很成功|圆满成功|取得(?:了)?(?:巨大|圆满)?成功|立竿见影|效果拔群|好评如潮`,
  ].join('|'),
);

/** A judgement of a check or a partner's review ("the validation results were positive"), not of a result. */
const GOVERNANCE_SUBJECT = /\b(?:validation|review|audit|fairness[- ]test(?:ing)?|back-?test(?:ing)?|shadow(?:[- ](?:run|test|mode))?|model[- ]risk|MRM|compliance|legal|sign-?off|exam)(?:'s|’s)?\s+(?:[\w-]+\s+)?$|(?:验证|审查|审计|评审|合规|法务|模型风险|影子运行|回测)的?$/i;
/** A hope, plan or condition: not a result yet. */
const NOT_YET = /\b(?:hope|hoped|expect|expected|would|will|should|could|might|if|aim|goal|target|plan)\w*\b[^.;]{0,40}$|(?:希望|预计|预期|期望|如果|目标|计划|将|会)[^。；]{0,12}$/i;

/**
 * The span (relative to `text`) of a verdict on a result with no measure, or null. The caller
 * decides whether a figure in the sentence answers it and whether it is negated or quoted.
 */
export function verdictOf(text: string): Range | null {
  const m = VERDICT_EN.exec(text) ?? (/[\u4e00-\u9fff]/.test(text) ? VERDICT_ZH.exec(text) : null);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if (GOVERNANCE_SUBJECT.test(before)) return null;
  if (NOT_YET.test(before)) return null;
  return [m.index, m.index + m[0].length];
}
