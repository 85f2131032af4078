// speaking-time: a spoken piece (or a timed section of one) longer than its time budget. Time is
// read at the template pace: words at its words a minute, Han characters at the matching
// character pace (speakingPace.ts: 140 words / 180 characters a minute by default).
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import type { PreparedSection } from '../prepareSection';
import { DEFAULT_WPM, addUnits, describeBudget, describeBudgetZh, describePace, describePaceZh, secondsToSpeak, spokenUnits } from '../speakingPace';
import type { SpokenUnits } from '../speakingPace';

const unitsOf = (s: PreparedSection): SpokenUnits => spokenUnits(s.text, () => s.words);

export const speakingTime = defineKind({
  name: 'speaking-time',
  describe: 'Flags spoken text that takes longer to say than its budget, at the template pace (words, or Han characters for Chinese).',
  params: z.object({ tolerance: z.number().min(0).max(1).default(0) }),
  compile: (p) => p,
  check: (c, ctx) => {
    const wpm = ctx.template.wordsPerMinute ?? DEFAULT_WPM;
    const out: RawFinding[] = [];
    const timed = ctx.template.sections.filter((s) => (s.speakingSeconds ?? 0) > 0);
    const over = (seconds: number, budget: number) => seconds > Math.floor(budget * (1 + c.tolerance));
    // {pace} and {budgetSize} say the pace and the budget in the text's own unit ("180 Chinese
    // characters a minute", "about 360 Chinese characters"); {wpm} and {maxWords} stay numbers in words.
    const vars = (units: SpokenUnits, seconds: number, budget: number, words: number) => ({
      seconds,
      budget,
      words,
      wpm,
      maxWords: Math.floor((budget * wpm) / 60),
      pace: ctx.lang === 'zh' ? describePaceZh(units, wpm) : describePace(units, wpm),
      budgetSize: ctx.lang === 'zh' ? describeBudgetZh(units, budget, wpm) : describeBudget(units, budget, wpm),
    });
    if (timed.length > 0) {
      for (const def of timed) {
        const section = ctx.sections.find((s) => s.id === def.id);
        const budget = def.speakingSeconds ?? 0;
        if (!section) continue;
        const units = unitsOf(section);
        const seconds = secondsToSpeak(units, wpm);
        if (over(seconds, budget)) out.push({ section: def.id, start: 0, end: 0, vars: vars(units, seconds, budget, section.words) });
      }
      return out;
    }
    const budget = ctx.template.speakingSeconds;
    if (!budget) return out;
    const units = addUnits(ctx.sections.map(unitsOf));
    const seconds = secondsToSpeak(units, wpm);
    if (over(seconds, budget)) out.push({ section: null, start: 0, end: 0, vars: vars(units, seconds, budget, ctx.words) });
    return out;
  },
});
