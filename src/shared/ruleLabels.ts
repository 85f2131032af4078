// Plain names for rubric rule ids: one map in core, re-exported so the issues list, settings and
// the compensation workbench all say the same words (the ids stay in tooltips and JSON).
export { ruleLabel, ruleLabelIn, ruleLabels, ruleLabelsZh } from '../core/rubric/ruleLabels';
