// Before any export: the `confidentiality` findings (terms from the workspace's private list) must
// be confirmed by the candidate. Error-level findings are returned for listing, never blocking.
import type { CoreContext } from '../context';
import type { DocumentFile } from '../workspace/schemas';
import type { Finding } from '../rubric/types';
import { checkDocument } from '../rubric/checkDocument';
import { DossierError } from '../errors';

export interface GateResult {
  privateTerms: Finding[];
  errors: Finding[];
  score: number;
}

export function reviewBeforeExport(ctx: CoreContext, company: string | null, doc: Pick<DocumentFile, 'templateId' | 'sections' | 'silencedRules'>): GateResult {
  const result = checkDocument(ctx, {
    company,
    templateId: doc.templateId,
    sections: doc.sections,
    silencedRules: doc.silencedRules,
  });
  return {
    // Silenced or not: a private term is always shown before it leaves the machine.
    privateTerms: result.findings.filter((f) => f.rule === 'confidentiality'),
    errors: result.findings.filter((f) => f.severity === 'error' && !f.silenced && f.rule !== 'confidentiality'),
    score: result.score,
  };
}

export function needsConfirmation(findings: Finding[], what: string): DossierError {
  const terms = [...new Set(findings.map((f) => f.excerpt).filter((e) => e !== ''))];
  const list = terms.length > 0 ? `: ${terms.slice(0, 5).map((t) => `“${t}”`).join(', ')}${terms.length > 5 ? ' and more' : ''}` : '';
  return new DossierError(
    'needs-confirmation',
    `${what} mentions ${findings.length === 1 ? 'a term' : `${findings.length} terms`} from your private list${list}. ` +
      'Check they are safe to share before exporting, or export anyway if you are sure.',
    { details: { findings } },
  );
}
