// When a draft counts as evidence in Coverage: one rule in core, re-exported so the page can say it.
export { EVIDENCE_MIN_SCORE } from '../core/companies/competencyEvidence';
