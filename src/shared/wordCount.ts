// Word counts and speaking time exactly as the rubric computes them: one implementation in core,
// re-exported so the editor's live counts and the rehearsal estimate match the findings. Pure Intl.
export { countSectionWords } from '../core/rubric/prepareSection';
export { DEFAULT_WPM, HAN_CHARS_PER_MINUTE, addUnits, describePace, describePaceZh, secondsToSay, secondsToSpeak, spokenUnits } from '../core/rubric/speakingPace';
export type { SpokenUnits } from '../core/rubric/speakingPace';
