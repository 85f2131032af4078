// Everything the company page shows, derived from the company file, its profile and documents.
import type { CoreContext } from '../context';
import type { CompanyFile } from '../workspace/schemas';
import { bandsFor } from './bandsFor';
import { compareOffers } from './compareOffers';
import { totals } from './compTotals';
import { coverage } from './coverage';
import { documentText, readDocuments } from './documentReadiness';
import { matchJobDescription } from './jobDescription';
import { findProfile } from './loadProfiles';
import { nextRound } from './nextRound';
import { placeInBand } from './placeInBand';
import { recordCurrency } from './currency';
import { payCaveat } from './payCaveat';
import type { CompanyProfile, CompanyView } from './types';
import { validateLoop } from './validateInput';
import { upgradeLegacyLabel, upgradeLegacyNote } from './sourceLabels';

/**
 * A company file saved by an older Dossier labelled its facts "guide-A"/"guide-B"/"guide-C" and
 * seeded loop notes "From guide-A."; read them as today's guide labels for the folder's profile.
 * The file itself changes only when the candidate next saves the loop or checklist.
 */
export function withCurrentLabels(company: CompanyFile, profile: CompanyProfile | null): CompanyFile {
  const id = company.profileId;
  // The profile's item of the same id knows its guide today (kill-story: wf-zh, not wf-en).
  const current = new Map(profile?.checklist.map((i) => [i.id, i.source]) ?? []);
  const relabel = (itemId: string, value: string) => current.get(itemId) ?? upgradeLegacyLabel(value, id);
  const legacy = (v: string) => /guide-[A-Z]/.test(v);
  if (!company.checklist.some((i) => i.source && legacy(i.source)) && !company.loop.some((r) => legacy(r.notes)))
    return company;
  return {
    ...company,
    checklist: company.checklist.map((i) => (i.source && legacy(i.source) ? { ...i, source: relabel(i.id, i.source) } : i)),
    loop: company.loop.map((r) => (legacy(r.notes) ? { ...r, notes: upgradeLegacyNote(r.notes, id) } : r)),
  };
}

export function checklistProgress(company: Pick<CompanyFile, 'checklist'>): {
  done: number;
  total: number;
} {
  return { done: company.checklist.filter((i) => i.done).length, total: company.checklist.length };
}

export function buildCompanyView(ctx: CoreContext, slug: string): CompanyView {
  const stored = ctx.store.getCompany(slug);
  const profile = findProfile(ctx.appRoot, stored.profileId);
  const company = withCurrentLabels(stored, profile);
  const now = ctx.now();
  const bands = bandsFor(profile, company);
  const { readiness, files } = readDocuments(ctx, slug);
  const comp = company.compensation;
  const currency = recordCurrency(company, profile);
  // Bands are in US dollars (the guides' currency): an ask in another currency is not placed in them.
  const askPlacement =
    comp.ask && bands.base && currency.code === 'USD'
      ? {
          floor: placeInBand(comp.ask.base.min, bands.base),
          stretch: placeInBand(comp.ask.base.max, bands.base),
        }
      : null;
  return {
    company,
    profile,
    nextRound: nextRound(company.loop, now),
    coverage: coverage(company.loop, readiness),
    checklistProgress: checklistProgress(company),
    bands,
    compensation: {
      currency,
      current: comp.current ? totals(comp.current, currency.code) : null,
      ask: comp.ask ? totals(comp.ask, currency.code) : null,
      offers: compareOffers(comp.offers, currency.code),
      askPlacement,
    },
    readiness,
    payCaveat: payCaveat(profile, company),
    payCaveatZh: payCaveat(profile, company, 'zh'),
    jobDescriptionMatch: company.jobDescription.trim()
      ? matchJobDescription(
          company.jobDescription,
          [...files.values()].map((d) => ({ id: d.id, title: d.title, text: documentText(d) })),
          profile?.vocabulary.map((v) => v.term) ?? [],
        )
      : null,
    warnings: validateLoop(company.loop, now).filter((p) => p.severity === 'warning'),
  };
}
