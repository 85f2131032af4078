// Word counts and speaking time exactly as the rubric computes them: one implementation in core,
// re-exported so the editor's live counts and the rehearsal estimate match the findings. Pure Intl.
export { countSectionWords } from '../core/rubric/prepareSection';
export { DEFAULT_WPM, secondsToSay } from '../core/rubric/speakingPace';
