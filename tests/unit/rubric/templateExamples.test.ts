// Self-consistency (issue #9, item 6): every template's strong examples, put together as one
// document, raise no warning or error for any company, fintech's failure-modes included (the
// impact brief, ICE sheet and forensic narrative examples state a fallback, a latency budget and
// who bears an error); every weak example, put in place of its section's strong example, raises
// one of the named rules tests/gold/template-examples.json says it illustrates.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplatesFrom } from '../../../src/core/templates/registry';
import { createChecker } from '../../../scripts/eval/runCase';
import { checkTemplateExamples, weakMapSchema } from '../../../scripts/eval/templateExamples';
import { appRoot, run } from './ruleHarness';

const companies = ['wells-fargo', 'jpmorgan', 'american-express', 'fintech', null] as const;
const templates = loadTemplatesFrom(appRoot, null).templates;

describe('template strong examples', () => {
  it('covers every template', () => {
    expect(templates.length).toBeGreaterThanOrEqual(10);
  });
  for (const t of templates) {
    const sections: Record<string, string> = {};
    for (const s of t.sections) if (s.guidance?.strong) sections[s.id] = s.guidance.strong;
    it.each(companies.map((c) => [c ?? 'no company', c] as const))(
      `${t.id} raises nothing for %s`,
      (_label, company) => {
        const flags = run({ text: '', template: t.id, company, sections })
          .findings.filter((f) => !f.silenced && f.severity !== 'info')
          .map((f) => `${f.rule} [${f.section ?? 'document'}] ${f.excerpt}`);
        expect(flags).toEqual([]);
      },
    );
  }
});

describe('template weak examples', () => {
  const weakMap = weakMapSchema.parse(
    JSON.parse(
      fs.readFileSync(path.join(appRoot, 'tests', 'gold', 'template-examples.json'), 'utf8'),
    ),
  );

  it('each names the specific rules it illustrates', () => {
    expect(
      Object.entries(weakMap)
        .filter(([, e]) => e.rules.length === 0)
        .map(([k]) => k),
    ).toEqual([]);
  });

  it('each raises one of those rules, and every weak example is mapped', () => {
    const report = checkTemplateExamples(createChecker(appRoot), weakMap);
    expect(report.weakExamples).toBeGreaterThanOrEqual(70);
    expect(report.unmapped).toEqual([]);
    expect(report.weakProblems).toEqual([]);
    expect(report.strongProblems).toEqual([]);
  });
});
