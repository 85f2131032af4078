// When a timed run counts toward readiness (a third of what the answer needs): one rule in core.
export { MIN_RUN_SHARE, neededSeconds, runCounts } from '../core/questions/questionReadiness';
