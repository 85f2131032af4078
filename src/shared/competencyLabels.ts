// The competencies' plain names: one list in core, re-exported so tags, loop rounds and the
// coverage view all use the same wording.
export { competencyLabels } from '../core/companies/competencyLabels';
