// The loop and checklist a new company folder starts with, copied from its profile's default
// loop (Wells Fargo: guide-A's; guide-B's stays visible in the profile as a disagreement).
import type { CoreContext } from '../context';
import type { ChecklistItem, LoopRound } from '../workspace/schemas';
import { findProfile } from './loadProfiles';
import type { CompanyProfile } from './types';

export function seedFromProfile(
  ctx: CoreContext,
  profileId: string | null,
): { loop: LoopRound[]; checklist: ChecklistItem[] } {
  return seedLoop(findProfile(ctx.appRoot, profileId));
}

/** Pure part of seeding, for a profile already loaded (empty for a custom company). */
export function seedLoop(profile: CompanyProfile | null): {
  loop: LoopRound[];
  checklist: ChecklistItem[];
} {
  if (!profile) return { loop: [], checklist: [] };
  const main = profile.loops.find((l) => l.isDefault) ?? profile.loops[0];
  const loop: LoopRound[] = (main?.rounds ?? []).map((r) => {
    const notes = [`From ${r.source}.`];
    if (r.minutesMax) notes.push(`The source gives ${r.minutes}–${r.minutesMax} minutes.`);
    if (r.frameworks.length > 0)
      notes.push(`Frameworks this round rewards: ${r.frameworks.join(', ')}.`);
    return {
      id: r.id,
      name: r.name,
      minutes: r.minutes,
      interviewer: '',
      interviewerRole: r.interviewer,
      focus: r.tests,
      scheduledAt: null,
      timeZone: 'America/New_York',
      status: 'not-scheduled',
      notes: notes.join(' '),
      documentIds: [],
      competencies: [...r.competencies],
    };
  });

  const checklist: ChecklistItem[] = profile.checklist.map((item) => {
    const out: ChecklistItem = { id: item.id, text: item.text, done: false, source: item.source };
    if (item.templateId) out.templateId = item.templateId;
    if (item.framework) out.framework = item.framework;
    return out;
  });
  const loopDisagreement = profile.disagreements.find((d) => d.topic === 'loop');
  if (loopDisagreement && main) {
    checklist.unshift({
      id: 'confirm-loop',
      text: `Confirm the interview loop with your recruiter: the guides disagree (${loopDisagreement.sources.join(' vs ')}), and this folder starts with ${main.source}'s`,
      done: false,
      framework: 'Interview loop',
      source: loopDisagreement.sources.join(', '),
    });
  }
  return { loop, checklist };
}
