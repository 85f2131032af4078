// The sample workspace's documents are model drafts (newcomer trial, item 7b): no error for their
// company, every section within its word budget, and no warning (the last undeserved one, a
// baseline warning on a rejected option's "2% more fraud", went with namedCounterfactual.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, run } from '../rubric/ruleHarness';
import { loadTemplatesFrom, findTemplate } from '../../../src/core/templates/registry';
import { countSectionWords } from '../../../src/core/rubric/prepareSection';

interface SampleDoc { templateId: string; title: string; sections: Record<string, string> }
const sample = JSON.parse(fs.readFileSync(path.join(appRoot, 'resources', 'sample', 'sample-workspace.json'), 'utf8')) as {
  companies: { profileId: string; documents: SampleDoc[] }[];
};

describe('sample workspace documents', () => {
  const docs = sample.companies.flatMap((c) => c.documents.map((d) => [d.title, c.profileId, d] as const));
  it('has documents', () => expect(docs.length).toBeGreaterThan(0));
  it.each(docs)('%s (%s): no error, no unexpected warning, within its word budgets', (_t, company, d) => {
    const r = run({ text: '', template: d.templateId, company, sections: d.sections });
    const flags = r.findings.filter((f) => !f.silenced && f.severity !== 'info').map((f) => `${f.rule} [${f.section ?? 'document'}]`);
    expect(flags).toEqual([]);
    const template = findTemplate(loadTemplatesFrom(appRoot, null), d.templateId);
    const over = template.sections
      .map((s) => ({ id: s.id, words: countSectionWords(d.sections[s.id] ?? ''), budget: s.wordBudget }))
      .filter((s) => s.words > s.budget);
    expect(over).toEqual([]);
  });
});
