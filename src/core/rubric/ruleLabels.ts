// Short plain names for rubric rules, shown to candidates wherever a finding or a rule appears
// (issues list, settings, compensation workbench). Rule ids (DOMAIN.md, "Rubric signals") stay
// the public contract: the JSON output, the CLI and tooltips keep them; users read these words.
// A new rule adds one line here; an id without a line still reads as words (ruleLabel's fallback).

/** Rule id -> a short label in sentence case, at most about five words. */
export const ruleLabels: Readonly<Record<string, string>> = {
  'quantified-impact': 'Impact without a number',
  baseline: 'No baseline to compare with',
  'tool-without-outcome': 'Tool named without a result',
  'vanity-metric': 'Model metric without business result',
  'compliance-afterthought': 'Compliance brought in late',
  'governance-terms': 'Model risk governance not mentioned',
  'vague-language': 'Vague wording',
  'length-budget': 'Over the page or word budget',
  'speaking-time': 'Too long to say aloud',
  'comp-band': 'Outside the pay band',
  'comp-benchmark': 'Anchored on big-tech pay',
  'comp-range': 'One flat number, not a range',
  'section-required': 'Required section empty',
  'kill-story-elements': 'Kill story part missing',
  'second-hand-disclosure': 'Observed story not disclosed',
  'four-p-specifics': '4-P detail missing',
  'failure-modes': 'Failure plan missing',
  'move-fast': 'Tech-company habit banks distrust',
  'regulatory-stance': 'Unbalanced view of regulation',
  confidentiality: 'Private term',
  'regulatory-reflex': 'No sign-off step in the plan',
  'reformer-narrative': 'Framed as beating the gates',
  'technique-not-governance': 'Technique instead of governance',
  'owns-tradeoffs': 'Trade-off handed to others',
  'own-decision': 'No decision of your own',
  'check-limit': 'Document checked in part',
};

/** The same labels for Chinese findings (findingsLanguage.ts). */
export const ruleLabelsZh: Readonly<Record<string, string>> = {
  'quantified-impact': '成果没有数字',
  baseline: '缺少对比基准',
  'tool-without-outcome': '只提工具，没说结果',
  'vanity-metric': '只有模型指标，没有业务结果',
  'compliance-afterthought': '合规介入太晚',
  'governance-terms': '没提模型风险治理',
  'vague-language': '措辞含糊',
  'length-budget': '超出篇幅或字数',
  'speaking-time': '说出来太长',
  'comp-band': '超出薪酬区间',
  'comp-benchmark': '以大厂薪酬为锚',
  'comp-range': '只报了一个数，不是区间',
  'section-required': '必填部分是空的',
  'kill-story-elements': '叫停项目的故事缺了一环',
  'second-hand-disclosure': '旁观的故事没有说明',
  'four-p-specifics': '4P 细节不足',
  'failure-modes': '缺少失败预案',
  'move-fast': '银行不信任的科技公司习惯',
  'regulatory-stance': '对监管的看法失衡',
  confidentiality: '涉密内容',
  'regulatory-reflex': '计划里没有审批环节',
  'reformer-narrative': '写成了绕过关卡',
  'technique-not-governance': '用技术手段代替治理',
  'owns-tradeoffs': '把取舍推给了别人',
  'own-decision': '没有你自己的决定',
  'check-limit': '文档只检查了一部分',
};

/**
 * The label users see for a rule id: its entry in `ruleLabels`, or else the id as words
 * ("new-rule-id" -> "New rule id"). Never empty for a non-empty id.
 */
export function ruleLabel(id: string): string {
  const known = ruleLabels[id];
  if (known) return known;
  const words = id.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return 'Rule';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of a rule in a findings language: the Chinese label when `lang` is 'zh' and one exists, else ruleLabel. */
export function ruleLabelIn(id: string, lang: 'en' | 'zh'): string {
  return (lang === 'zh' ? ruleLabelsZh[id] : undefined) ?? ruleLabel(id);
}
