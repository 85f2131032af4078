// speaking-time: a spoken piece (or a timed section of one) longer than its time budget.
import { z } from 'zod';
import { defineKind } from '../ruleKind';
import type { RawFinding } from '../ruleKind';
import { DEFAULT_WPM, secondsToSay } from '../speakingPace';


export const speakingTime = defineKind({
  name: 'speaking-time',
  describe: 'Flags spoken text that takes longer to say than its budget, at the template pace.',
  params: z.object({ tolerance: z.number().min(0).max(1).default(0) }),
  compile: (p) => p,
  check: (c, ctx) => {
    const wpm = ctx.template.wordsPerMinute ?? DEFAULT_WPM;
    const out: RawFinding[] = [];
    const timed = ctx.template.sections.filter((s) => (s.speakingSeconds ?? 0) > 0);
    const over = (seconds: number, budget: number) => seconds > Math.floor(budget * (1 + c.tolerance));
    if (timed.length > 0) {
      for (const def of timed) {
        const section = ctx.sections.find((s) => s.id === def.id);
        const budget = def.speakingSeconds ?? 0;
        if (!section) continue;
        const seconds = secondsToSay(section.words, wpm);
        if (over(seconds, budget)) {
          out.push({ section: def.id, start: 0, end: 0, vars: { seconds, budget, words: section.words, wpm, maxWords: Math.floor((budget * wpm) / 60) } });
        }
      }
      return out;
    }
    const budget = ctx.template.speakingSeconds;
    if (!budget) return out;
    const seconds = secondsToSay(ctx.words, wpm);
    if (over(seconds, budget)) {
      out.push({ section: null, start: 0, end: 0, vars: { seconds, budget, words: ctx.words, wpm, maxWords: Math.floor((budget * wpm) / 60) } });
    }
    return out;
  },
});
