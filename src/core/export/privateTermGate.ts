// Before any export: the `confidentiality` findings (terms from the workspace's private list, and
// figures or facts a sentence marks as non-public) must be confirmed by the candidate. Error-level findings are returned for listing, never blocking.
// The title is checked too: it goes into the header, the file name and the file's properties.
import type { CoreContext } from '../context';
import type { DocumentFile } from '../workspace/schemas';
import type { Finding } from '../rubric/types';
import { checkDocument } from '../rubric/checkDocument';
import { loadRulePacks } from '../rubric/loadRulePacks';
import { privateTermMatcher } from '../rubric/privateTermMatcher';
import { inLanguage } from '../rubric/findingsLanguage';
import type { FindingsLanguage } from '../rubric/findingsLanguage';
import { DossierError } from '../errors';
import { getTemplate } from '../templates/registry';
import { missingGlyphs } from './glyphCoverage';
import type { MissingGlyph } from './glyphCoverage';

export interface GateResult {
  privateTerms: Finding[];
  errors: Finding[];
  /** Required template sections with no text. */
  emptyRequired: { id: string; label: string }[];
  /** Characters no export font can draw (emoji and the like). */
  missingGlyphs: MissingGlyph[];
  score: number;
}

export interface TitleCheck {
  appRoot: string;
  title: string;
  privateTerms: string[];
  disabledRules: string[];
  /** The language of the document's other findings (CheckResult.language); English when absent. */
  lang?: FindingsLanguage;
}

/** `confidentiality` findings for the document's title (section null, offsets into the title). */
export function privateTermsInTitle(input: TitleCheck): Finding[] {
  if (input.disabledRules.includes('confidentiality')) return [];
  const matcher = privateTermMatcher(input.privateTerms);
  if (!matcher) return [];
  const rule = loadRulePacks(input.appRoot).rules.find((r) => r.id === 'confidentiality');
  const out: Finding[] = [];
  for (const m of matcher.find(input.title)) {
    const term = input.title.slice(m.start, m.end);
    out.push({
      rule: 'confidentiality',
      severity: rule?.severity ?? 'error',
      section: null,
      line: 1,
      column: m.start + 1,
      start: m.start,
      end: m.end,
      excerpt: term,
      ...(input.lang === 'zh'
        ? {
            message: `标题提到了“${term}”，它在你的保密清单上。`,
            why: rule ? inLanguage('zh', rule.why, rule.whyZh) : '要分享的文档里出现保密的名称，对你和你的雇主都是风险。',
            suggestion: '分享之前，先把文档改成一个中性的名称。',
          }
        : {
            message: `The title mentions “${term}”, which is on your private list.`,
            why: rule?.why ?? 'A confidential name in a shared document is a risk to you and your employer.',
            suggestion: 'Rename the document with a neutral description before you share it.',
          }),
      silenced: false,
    });
  }
  return out;
}

export function reviewBeforeExport(ctx: CoreContext, company: string | null, doc: Pick<DocumentFile, 'templateId' | 'sections' | 'silencedRules' | 'title'>): GateResult {
  const result = checkDocument(ctx, {
    company,
    templateId: doc.templateId,
    title: doc.title,
    sections: doc.sections,
    silencedRules: doc.silencedRules,
  });
  const settings = ctx.store.workspace().settings;
  const inTitle = privateTermsInTitle({ appRoot: ctx.appRoot, title: doc.title, privateTerms: settings.privateTerms, disabledRules: settings.disabledRules, lang: result.language });
  return {
    // Silenced or not: a private term is always shown before it leaves the machine.
    privateTerms: [...inTitle, ...result.findings.filter((f) => f.rule === 'confidentiality')],
    errors: result.findings.filter((f) => f.severity === 'error' && !f.silenced && f.rule !== 'confidentiality'),
    emptyRequired: emptyRequiredSections(ctx, doc),
    missingGlyphs: glyphsToReview(ctx, doc),
    score: result.score,
  };
}

function glyphsToReview(ctx: CoreContext, doc: Pick<DocumentFile, 'templateId' | 'sections' | 'title'>): MissingGlyph[] {
  let labels = new Map<string, string>();
  try {
    labels = new Map(getTemplate(ctx, doc.templateId).sections.map((s) => [s.id, s.label]));
  } catch {
    // unknown template: sections are named by id
  }
  return missingGlyphs([
    { where: 'Title', text: doc.title },
    ...Object.entries(doc.sections).map(([id, text]) => ({ where: labels.get(id) ?? id.replace(/^extra:/, '').replace(/~\d+$/, ''), text })),
  ]);
}

function emptyRequiredSections(ctx: CoreContext, doc: Pick<DocumentFile, 'templateId' | 'sections'>): { id: string; label: string }[] {
  let sections: { id: string; label: string; required: boolean }[];
  try {
    sections = getTemplate(ctx, doc.templateId).sections;
  } catch {
    return [];
  }
  return sections.filter((s) => s.required && (doc.sections[s.id] ?? '').trim() === '').map((s) => ({ id: s.id, label: s.label }));
}

/**
 * The question asked before exporting a document that is not ready: its error-level findings
 * and empty required sections, as a 'needs-confirmation' error (details.reason 'findings').
 */
export function needsReview(review: Pick<GateResult, 'errors' | 'emptyRequired' | 'missingGlyphs'>, title: string): DossierError {
  const parts: string[] = [];
  if (review.emptyRequired.length > 0) {
    const labels = review.emptyRequired.map((s) => `“${s.label}”`);
    parts.push(`${review.emptyRequired.length === 1 ? 'a required section is' : `${review.emptyRequired.length} required sections are`} empty (${labels.slice(0, 4).join(', ')}${labels.length > 4 ? ' and more' : ''})`);
  }
  if (review.missingGlyphs.length > 0) {
    const chars = review.missingGlyphs.slice(0, 5).map((g) => `“${g.char}” in ${g.where}`);
    parts.push(`${chars.join(', ')}${review.missingGlyphs.length > 5 ? ' and more' : ''} cannot be drawn by the export fonts and may print as empty boxes`);
  }
  if (review.errors.length > 0) parts.push(`${review.errors.length === 1 ? 'there is 1 problem' : `there are ${review.errors.length} problems`} a reviewer would notice`);
  const count = review.emptyRequired.length + review.missingGlyphs.length + review.errors.length;
  return new DossierError(
    'needs-confirmation',
    `“${title || 'This document'}” is not ready yet: ${parts.join(', and ')}. Fix ${count === 1 ? 'it' : 'them'} first, or export anyway if this is a draft.`,
    { details: { reason: 'findings', findings: review.errors, emptySections: review.emptyRequired, missingGlyphs: review.missingGlyphs } },
  );
}
export function needsConfirmation(findings: Finding[], what: string): DossierError {
  const terms = [...new Set(findings.map((f) => f.excerpt).filter((e) => e !== ''))];
  const list = terms.length > 0 ? `: ${terms.slice(0, 5).map((t) => `“${t}”`).join(', ')}${terms.length > 5 ? ' and more' : ''}` : '';
  return new DossierError(
    'needs-confirmation',
    `${what} mentions ${findings.length === 1 ? 'a detail you mark as not public or a term' : `${findings.length} details you mark as not public or terms`} from your private list${list}. ` +
      'Check they are safe to share before exporting, or export anyway if you are sure.',
    { details: { findings } },
  );
}
