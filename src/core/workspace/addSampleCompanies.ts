// First run: the sample company folder (resources/sample/sample-workspace.json), created through
// the store so the files are ordinary workspace files with fresh timestamps.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CoreContext } from '../context';
import { Competency } from './schemas';
import { createSeededCompany } from './createSeededCompany';
import { newDocumentFromTemplate } from './newDocumentFromTemplate';
import { parseJsonText } from './jsonText';

const SampleFile = z.object({
  companies: z.array(
    z.object({
      name: z.string().min(1),
      profileId: z.string().nullable(),
      documents: z.array(
        z.object({
          templateId: z.string().min(1),
          title: z.string(),
          tags: z.array(Competency).default([]),
          sections: z.record(z.string(), z.string()),
        }),
      ),
    }),
  ),
});

export function sampleFilePath(appRoot: string): string {
  return path.join(appRoot, 'resources', 'sample', 'sample-workspace.json');
}

/** Adds the sample companies and documents; returns the new company slugs. */
export function addSampleCompanies(ctx: CoreContext): string[] {
  const sample = SampleFile.parse(parseJsonText(fs.readFileSync(sampleFilePath(ctx.appRoot), 'utf8')));
  const slugs: string[] = [];
  for (const c of sample.companies) {
    const company = createSeededCompany(ctx, c.name, c.profileId);
    slugs.push(company.slug);
    for (const d of c.documents) {
      newDocumentFromTemplate(ctx, company.slug, d.templateId, { title: d.title, sections: d.sections, tags: d.tags });
    }
  }
  return slugs;
}
