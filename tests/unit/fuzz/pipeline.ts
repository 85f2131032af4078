// Every way a document's text goes through core, as the app, the server and the CLI use it: the
// Markdown file parsed (import, CLI check), its sections checked by the rubric, and exported as
// DOCX and HTML. Outcome: how long it took, and whether it failed other than with a clear
// DossierError (a crash, or a message that leaks an internal error like "Maximum call stack").
import path from 'node:path';
import { parseMarkdown } from '../../../src/core/document/parseMarkdown';
import { loadRulePacks, selectRules } from '../../../src/core/rubric/loadRulePacks';
import { loadTemplatesFrom, findTemplate } from '../../../src/core/templates/registry';
import { checkText } from '../../../src/core/rubric/checkText';
import { buildExport } from '../../../src/core/export/buildExport';
import { DossierError } from '../../../src/core/errors';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const template = findTemplate(loadTemplatesFrom(appRoot, null), 'impact-brief');
const rules = selectRules(loadRulePacks(appRoot).rules, template, 'wells-fargo');
const meta = { candidateName: 'Jane Doe', companyName: 'Wells Fargo', date: '2026-11-30', pageSize: 'letter' as const };

export interface Outcome {
  ms: number;
  /** Set when a step failed other than with a clear message: the step and what it threw. */
  failure: string | null;
  /** A DossierError with a message for the candidate (an accepted outcome for bad input). */
  refused: string | null;
}

const LEAKS = /call stack|Cannot read properties|is not a function|undefined|RangeError|TypeError/;

export async function runPipeline(text: string): Promise<Outcome> {
  const start = performance.now();
  let step = 'parse';
  try {
    let sections: Record<string, string>;
    try {
      sections = parseMarkdown(text, template).sections;
    } catch (err) {
      if (!(err instanceof DossierError)) throw err;
      if (LEAKS.test(err.message)) return { ms: performance.now() - start, failure: `parse: leaked “${err.message.slice(0, 120)}”`, refused: null };
      // Refused with a message; the body still goes through check and export as a section.
      sections = { problem: text };
    }
    step = 'check';
    checkText({ template, sections, rules, privateTerms: ['Project Falcon'], disabled: [], silenced: [] });
    const doc = { title: 'Fuzz', sections, templateId: template.id, company: 'wells-fargo' };
    step = 'docx';
    await buildExport({ doc, template, meta, format: 'docx', design: 'classic', printer: null });
    step = 'html';
    await buildExport({ doc, template, meta, format: 'html', design: 'classic', printer: null });
    return { ms: performance.now() - start, failure: null, refused: null };
  } catch (err) {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { ms: performance.now() - start, failure: `${step}: ${what.slice(0, 160)}`, refused: null };
  }
}
