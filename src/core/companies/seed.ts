// The loop and checklist a new company folder starts with, copied from its profile's default
// loop (Wells Fargo: the English guide's; the Chinese guide's stays visible as a disagreement).
// Notes name the guide ("From the Wells Fargo guide (English).") rather than its label.
import type { CoreContext } from '../context';
import type { ChecklistItem, LoopRound } from '../workspace/schemas';
import { findProfile } from './loadProfiles';
import type { CompanyProfile } from './types';
import { sourceName, sourceNames } from './sourceLabels';

export function seedFromProfile(
  ctx: CoreContext,
  profileId: string | null,
  timeZone: string,
): { loop: LoopRound[]; checklist: ChecklistItem[] } {
  return seedLoop(findProfile(ctx.appRoot, profileId), timeZone);
}

/**
 * Pure part of seeding, for a profile already loaded (empty for a custom company). `timeZone` is
 * the IANA zone every seeded round starts in (defaultTimeZone: the folder's city, else the
 * candidate's own zone).
 */
export function seedLoop(profile: CompanyProfile | null, timeZone: string): {
  loop: LoopRound[];
  checklist: ChecklistItem[];
} {
  if (!profile) return { loop: [], checklist: [] };
  const main = profile.loops.find((l) => l.isDefault) ?? profile.loops[0];
  const loop: LoopRound[] = (main?.rounds ?? []).map((r) => {
    const notes = [`From the ${sourceName(r.source)}.`];
    if (r.minutesMax) notes.push(`The guide gives ${r.minutes}–${r.minutesMax} minutes.`);
    if (r.frameworks.length > 0)
      notes.push(`Frameworks this round rewards: ${r.frameworks.join(', ')}.`);
    for (const d of profile.disagreements.filter((x) => x.roundId === r.id))
      notes.push(`${d.summary} ${d.readings.map((x) => x.text).join(' / ')} ${d.handling}`);
    return {
      id: r.id,
      name: r.name,
      minutes: r.minutes,
      interviewer: '',
      interviewerRole: r.interviewer,
      focus: r.tests,
      scheduledAt: null,
      timeZone,
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
    const labels = loopDisagreement.readings.map((r) => r.source);
    checklist.unshift({
      id: 'confirm-loop',
      text: `Confirm the interview loop with your recruiter: the ${sourceNames(labels)} disagree; this folder starts with the loop from the ${sourceName(main.source)}.`,
      done: false,
      framework: 'Interview loop',
      source: [...new Set(labels)].join(', '),
    });
  }
  return { loop, checklist };
}
