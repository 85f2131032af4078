// The across-companies overview: upcoming rounds on one timeline, each company's documents and
// checklist, and a short list of what to work on next.
import type { CoreContext } from '../context';
import type { CompanyFile } from '../workspace/schemas';
import { checklistProgress } from './companyView';
import { competencyLabels } from './competencyLabels';
import { coverage } from './coverage';
import { readDocuments } from './documentReadiness';
import { findProfile } from './loadProfiles';
import { payCaveat } from './payCaveat';
import { upcomingRounds } from './nextRound';
import type { Dashboard, DashboardCompany, Suggestion } from './types';
import { buildQuestionsView } from '../questions/buildQuestionsView';
import { withDataFoldersSettled } from '../fileStamps';
import type { RoundReadiness } from '../questions/types';

/** Rounds below this readiness are suggested for work. */
export const READY_ENOUGH = 80;

export const LOW_SCORE = 70;
const MAX_SUGGESTIONS = 8;

/** The dashboard; the data folders (templates, packs, profiles, questions) are stamped once for it. */
export function buildDashboard(ctx: CoreContext): Dashboard {
  return withDataFoldersSettled(() => dashboardOf(ctx));
}

function dashboardOf(ctx: CoreContext): Dashboard {
  const now = ctx.now();
  const timeline: Dashboard['timeline'] = [];
  const companies: DashboardCompany[] = [];
  const lowScores: (Suggestion & { score: number })[] = [];
  const gapsOut: Suggestion[] = [];
  const unscheduled: Suggestion[] = [];
  const checklist: Suggestion[] = [];
  const rounds: (Suggestion & { readiness: number })[] = [];

  for (const summary of ctx.store.listCompanies()) {
    if (summary.archived) continue;
    let company: CompanyFile;
    try {
      company = ctx.store.getCompany(summary.slug);
    } catch {
      continue; // a broken file is reported by the workspace, not hidden here
    }
    const who = { company: company.slug, companyName: company.name };
    const read = readDocuments(ctx, company.slug);
    const { readiness } = read;
    let roundViews: RoundReadiness[] = [];
    try {
      roundViews = buildQuestionsView(ctx, company.slug, read).rounds;
    } catch {
      roundViews = []; // questions are an extra; a problem there must not hide the rest
    }
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
      payCaveat: readiness.some((d) => d.statesPay === true) ? payCaveat(findProfile(ctx.appRoot, company.profileId), company) : null,
      rounds: roundViews
        .filter((r) => r.questionCount > 0)
        .map((r) => ({ roundId: r.roundId, name: r.name, readiness: r.readiness, answered: r.answered, questionCount: r.questionCount })),
    });

    // The least ready open round with questions: what to prepare next for this company.
    const open = new Set(company.loop.filter((r) => r.status === 'not-scheduled' || r.status === 'scheduled').map((r) => r.id));
    const weakest = roundViews
      .filter((r) => open.has(r.roundId) && r.readiness !== null && r.readiness < READY_ENOUGH)
      .sort((a, b) => (a.readiness ?? 0) - (b.readiness ?? 0))[0];
    if (weakest) {
      const suggestion: Suggestion & { readiness: number } = {
        kind: 'round-readiness',
        ...who,
        roundId: weakest.roundId,
        readiness: weakest.readiness ?? 0,
        text: `${weakest.name} at ${company.name} is ${weakest.readiness ?? 0}% ready (${weakest.answered} of ${weakest.questionCount} questions answered). Next: ${weakest.nextStep}`,
      };
      if (weakest.nextQuestionId) suggestion.questionId = weakest.nextQuestionId;
      rounds.push(suggestion);
    }

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
        text: `${competencyLabels[c.competency]} is tested in ${c.rounds.length === 1 ? 'one round' : `${c.rounds.length} rounds`} at ${company.name}, but ${have === 0 ? 'no document shows' : 'only one document shows'} it. ${have === 0 ? 'Prepare two documents that do.' : 'Prepare one more that does.'}`,
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
  // Rounds coming soonest first, then the least ready.
  const byRound = rounds
    .sort((a, b) => bySoonest(a, b) || a.readiness - b.readiness)
    .map(({ readiness: _r, ...s }) => s);
  const suggestions = [
    ...byRound.slice(0, 2),
    ...lowest.slice(0, 1),
    ...gapsOut.sort(bySoonest).slice(0, 2),
    ...unscheduled.sort(bySoonest).slice(0, 2),
    ...checklist.sort(bySoonest).slice(0, 2),
    ...byRound.slice(2),
    ...lowest.slice(1),
  ].slice(0, MAX_SUGGESTIONS);
  return { timeline, companies, suggestions };
}
