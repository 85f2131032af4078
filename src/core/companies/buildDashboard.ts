// The across-companies overview: upcoming rounds on one timeline, each company's documents and
// checklist, and a short list of what to work on next.
import type { CoreContext } from '../context';
import type { CompanyFile } from '../workspace/schemas';
import { checklistProgress } from './companyView';
import { competencyLabels } from './competencyLabels';
import { coverage } from './coverage';
import { readDocuments } from './documentReadiness';
import { upcomingRounds } from './nextRound';
import type { Dashboard, DashboardCompany, Suggestion } from './types';

export const LOW_SCORE = 70;
const MAX_SUGGESTIONS = 8;

export function buildDashboard(ctx: CoreContext): Dashboard {
  const now = ctx.now();
  const timeline: Dashboard['timeline'] = [];
  const companies: DashboardCompany[] = [];
  const lowScores: (Suggestion & { score: number })[] = [];
  const gapsOut: Suggestion[] = [];
  const unscheduled: Suggestion[] = [];
  const checklist: Suggestion[] = [];

  for (const summary of ctx.store.listCompanies()) {
    if (summary.archived) continue;
    let company: CompanyFile;
    try {
      company = ctx.store.getCompany(summary.slug);
    } catch {
      continue; // a broken file is reported by the workspace, not hidden here
    }
    const who = { company: company.slug, companyName: company.name };
    const { readiness } = readDocuments(ctx, company.slug);
    const upcoming = upcomingRounds(company.loop, now);
    for (const r of upcoming) timeline.push({ ...r, ...who });
    const cov = coverage(company.loop, readiness);
    const scored = readiness.filter((d) => d.score !== null).map((d) => d.score ?? 0);
    const openRounds = company.loop.filter((r) => r.status === 'not-scheduled');
    companies.push({
      slug: company.slug,
      name: company.name,
      profileId: company.profileId,
      nextRound: upcoming[0] ?? null,
      documents: readiness,
      averageScore:
        scored.length > 0 ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : null,
      checklistProgress: checklistProgress(company),
      unscheduledRounds: openRounds.length,
      gaps: cov.gaps,
    });

    for (const d of readiness) {
      if (d.score !== null && d.score < LOW_SCORE) {
        lowScores.push({
          kind: 'low-score',
          ...who,
          score: d.score,
          documentId: d.id,
          text: `Revise “${d.title || 'Untitled'}” for ${company.name}: it scores ${d.score} out of 100.`,
        });
      }
    }
    for (const c of cov.competencies.filter((x) => x.thin)) {
      const have = c.documents.length;
      gapsOut.push({
        kind: 'coverage-gap',
        ...who,
        competency: c.competency,
        text: `${competencyLabels[c.competency]} is tested in ${c.rounds.length === 1 ? 'one round' : `${c.rounds.length} rounds`} at ${company.name}, but ${have === 0 ? 'no document is' : 'only one document is'} tagged with it. Prepare ${have === 0 ? 'two documents' : 'one more'} that show it.`,
      });
    }
    const firstOpen = openRounds[0];
    if (firstOpen) {
      unscheduled.push({
        kind: 'unscheduled-round',
        ...who,
        roundId: firstOpen.id,
        text: `${firstOpen.name} at ${company.name} has no date yet${openRounds.length > 1 ? ` (and ${openRounds.length - 1} more rounds)` : ''}. Ask your recruiter when it is.`,
      });
    }
    const undone = company.checklist.find((i) => !i.done);
    if (undone) {
      const item = undone.text.trim().replace(/[.!]+$/, '');
      checklist.push({
        kind: 'checklist',
        ...who,
        checklistItemId: undone.id,
        text: `Next on your ${company.name} checklist: ${item}.`,
      });
    }
  }

  timeline.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Companies whose next round is soonest come first within each kind of suggestion.
  const urgency = new Map(timeline.map((t, i) => [t.company, i] as const).reverse());
  const bySoonest = (a: Suggestion, b: Suggestion) =>
    (urgency.get(a.company) ?? Infinity) - (urgency.get(b.company) ?? Infinity);
  lowScores.sort((a, b) => a.score - b.score);
  const lowest = lowScores.map(({ score: _score, ...s }) => s);
  const suggestions = [
    ...lowest.slice(0, 1),
    ...gapsOut.sort(bySoonest).slice(0, 2),
    ...unscheduled.sort(bySoonest).slice(0, 2),
    ...checklist.sort(bySoonest).slice(0, 2),
    ...lowest.slice(1),
  ].slice(0, MAX_SUGGESTIONS);
  return { timeline, companies, suggestions };
}
