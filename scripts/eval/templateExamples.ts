// Template self-consistency (issue #9, item 6): each template's strong examples, put together as a
// document, raise no warning or error for any company; each weak example, put in place of its
// section's strong example, raises (in that section or for the whole document) one of the rules it
// illustrates. Which rules a weak example illustrates is data: tests/gold/template-examples.json,
// keyed "template/section" -> { rules: [...], company }; an empty rules list means "any rule".
import { z } from 'zod';
import type { Checker } from './runCase';
import { isFlag } from './runCase';
import { COMPANIES, KNOWN_RULES } from './corpusSchema';

export const weakMapSchema = z.record(
  z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  z
    .object({
      rules: z.array(
        z.string().refine((r) => KNOWN_RULES.includes(r), { message: 'unknown rule id' }),
      ),
      company: z.enum(COMPANIES),
      note: z.string().optional(),
    })
    .strict(),
);
export type WeakMap = z.infer<typeof weakMapSchema>;

export interface StrongProblem {
  template: string;
  company: string;
  rule: string;
  section: string | null;
  excerpt: string;
}

export interface WeakProblem {
  key: string;
  company: string;
  expected: string[];
  /** Rules that flagged the weak example's section (or the document). */
  fired: string[];
}

export interface TemplateReport {
  strongDocuments: number;
  strongProblems: StrongProblem[];
  weakExamples: number;
  weakProblems: WeakProblem[];
  /** Weak examples with no entry in the map. */
  unmapped: string[];
  pass: boolean;
}

export function checkTemplateExamples(checker: Checker, weakMap: WeakMap): TemplateReport {
  const strongProblems: StrongProblem[] = [];
  const weakProblems: WeakProblem[] = [];
  const unmapped: string[] = [];
  let strongDocuments = 0;
  let weakExamples = 0;
  for (const t of checker.templates.templates) {
    const strong: Record<string, string> = {};
    for (const s of t.sections) if (s.guidance?.strong) strong[s.id] = s.guidance.strong;
    for (const company of COMPANIES) {
      const profile = company === 'none' ? null : company;
      strongDocuments++;
      for (const f of checker.check(t.id, profile, strong).findings.filter(isFlag)) {
        strongProblems.push({
          template: t.id,
          company,
          rule: f.rule,
          section: f.section,
          excerpt: f.excerpt,
        });
      }
    }
    for (const s of t.sections) {
      const weak = s.guidance?.weak;
      if (!weak) continue;
      weakExamples++;
      const key = `${t.id}/${s.id}`;
      const entry = weakMap[key];
      if (!entry) {
        unmapped.push(key);
        continue;
      }
      const profile = entry.company === 'none' ? null : entry.company;
      // A named rule may flag the section or the whole document; "any rule" must flag the section.
      const found = checker
        .check(t.id, profile, { ...strong, [s.id]: weak })
        .findings.filter(
          (f) =>
            isFlag(f) && (f.section === s.id || (f.section === null && entry.rules.length > 0)),
        );
      const fired = [...new Set(found.map((f) => f.rule))];
      const ok =
        entry.rules.length === 0 ? fired.length > 0 : entry.rules.some((r) => fired.includes(r));
      if (!ok) weakProblems.push({ key, company: entry.company, expected: entry.rules, fired });
    }
  }
  return {
    strongDocuments,
    strongProblems,
    weakExamples,
    weakProblems,
    unmapped,
    pass: strongProblems.length === 0 && weakProblems.length === 0 && unmapped.length === 0,
  };
}
