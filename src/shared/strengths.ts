// What a draft does well (rules it passed, shown in the Issues panel): one implementation in core.
export { strengths } from '../core/rubric/strengths';
export type { Strength } from '../core/rubric/strengths';
