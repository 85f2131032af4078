// Company pages, loops, checklists, compensation, bands, job descriptions, calendars, profiles,
// the dashboard, and rehearsal logging. Invalid input is refused before anything is written, so
// what the candidate saved earlier is never lost.
import type { Handlers } from '../../shared/api';
import type { CoreContext } from '../context';
import { buildCompanyView } from '../companies/companyView';
import { buildDashboard } from '../companies/buildDashboard';
import { checkCompensation } from '../companies/checkCompensation';
import { documentText } from '../companies/documentReadiness';
import { matchJobDescription } from '../companies/jobDescription';
import { findProfile, loadProfiles } from '../companies/loadProfiles';
import { toIcs } from '../companies/toIcs';
import { recordCurrency } from '../companies/currency';
import {
  refuseErrors,
  validateBands,
  validateChecklist,
  validateCompensation,
  validateLoop,
} from '../companies/validateInput';

export function companyHandlers(ctx: CoreContext): Partial<Handlers> {
  const touch = () => ctx.now().toISOString();
  return {
    'companies.get': async ({ slug }) => buildCompanyView(ctx, slug),

    'companies.updateLoop': async ({ slug, loop }) => {
      refuseErrors(validateLoop(loop, ctx.now()));
      return ctx.store.updateCompany(slug, (c) => ({ ...c, loop, updatedAt: touch() }));
    },

    'companies.updateChecklist': async ({ slug, checklist }) => {
      refuseErrors(validateChecklist(checklist));
      return ctx.store.updateCompany(slug, (c) => ({ ...c, checklist, updatedAt: touch() }));
    },

    'companies.updateCompensation': async ({ slug, currency, current, ask, benchmarks, offers }) => {
      const before = ctx.store.getCompany(slug).compensation.currency;
      refuseErrors(validateCompensation({ current, ask, offers, currency: currency ?? before ?? 'USD' }));
      const cleaned = benchmarks.map((b) => b.trim()).filter(Boolean);
      return ctx.store.updateCompany(slug, (c) => {
        // A currency only when one is chosen or already recorded: a record saved before currencies
        // is not given one the candidate did not pick (companies/currency.ts).
        const code = currency ?? c.compensation.currency;
        return {
          ...c,
          compensation: { ...(code ? { currency: code } : {}), current, ask, benchmarks: cleaned, offers },
          updatedAt: touch(),
        };
      });
    },

    'companies.updateBands': async ({ slug, bands }) => {
      refuseErrors(validateBands(bands));
      return ctx.store.updateCompany(slug, (c) => ({
        ...c,
        bandsOverride: bands,
        updatedAt: touch(),
      }));
    },

    'companies.setJobDescription': async ({ slug, text }) => {
      const company = ctx.store.updateCompany(slug, (c) => ({
        ...c,
        jobDescription: text,
        updatedAt: touch(),
      }));
      const profile = findProfile(ctx.appRoot, company.profileId);
      const documents = ctx.store.listDocuments(slug).flatMap((summary) => {
        try {
          const doc = ctx.store.getDocument(slug, summary.id);
          return [{ id: doc.id, title: doc.title, text: documentText(doc) }];
        } catch {
          return [];
        }
      });
      return matchJobDescription(text, documents, profile?.vocabulary.map((v) => v.term) ?? []);
    },

    'companies.calendar': async ({ slug }) => {
      const company = ctx.store.getCompany(slug);
      return {
        fileName: `${company.slug}-interviews.ics`,
        ics: toIcs(company, company.loop, ctx.now()),
      };
    },

    'companies.checkCompensation': async ({ slug, ask, benchmarks, currency }) => {
      const company = ctx.store.getCompany(slug); // a missing folder is a clear not-found, not an empty list
      const code = currency ?? recordCurrency(company, findProfile(ctx.appRoot, company.profileId)).code;
      return checkCompensation(ctx, { company: slug, ask, benchmarks, currency: code });
    },

    'profiles.list': async () => loadProfiles(ctx.appRoot),

    'dashboard.get': async () => buildDashboard(ctx),

    'documents.logRehearsal': async ({ company, id, seconds }) =>
      ctx.store.updateDocument(company, id, null, (doc) => ({
        ...doc,
        rehearsals: [...doc.rehearsals, { at: ctx.now().toISOString(), seconds }],
      })),
  };
}
