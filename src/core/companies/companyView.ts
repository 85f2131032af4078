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
import type { CompanyView } from './types';
import { validateLoop } from './validateInput';

export function checklistProgress(company: Pick<CompanyFile, 'checklist'>): {
  done: number;
  total: number;
} {
  return { done: company.checklist.filter((i) => i.done).length, total: company.checklist.length };
}

export function buildCompanyView(ctx: CoreContext, slug: string): CompanyView {
  const company = ctx.store.getCompany(slug);
  const now = ctx.now();
  const profile = findProfile(ctx.appRoot, company.profileId);
  const bands = bandsFor(profile, company);
  const { readiness, files } = readDocuments(ctx, slug);
  const comp = company.compensation;
  const askPlacement =
    comp.ask && bands.base
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
      current: comp.current ? totals(comp.current) : null,
      ask: comp.ask ? totals(comp.ask) : null,
      offers: compareOffers(comp.offers),
      askPlacement,
    },
    readiness,
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
