// What the company profile says about a round (frameworks it rewards, who runs it, source),
// found by the round's id or name in any of the profile's loops.
import type { CompanyProfile, LoopRound } from '../../../../../shared/api';
import type { RoundHint } from './RoundRow';

const norm = (s: string): string => s.trim().toLowerCase();

export function roundHint(profile: CompanyProfile | null, round: LoopRound): RoundHint | null {
  if (!profile) return null;
  for (const loop of profile.loops) {
    for (const r of loop.rounds) {
      if (r.id === round.id || round.id.endsWith(`-${r.id}`) || norm(r.name) === norm(round.name)) {
        return { frameworks: r.frameworks, source: r.source, interviewer: r.interviewer };
      }
    }
  }
  return null;
}
