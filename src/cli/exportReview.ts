// What `dossier export` learns from the rubric about a file before writing it: the private-terms
// gate (the `confidentiality` findings of its title and text, which must be confirmed) and how
// many error-level findings remain (breaker F19: an export said nothing of them; now one line on
// stderr points to `dossier check`). The whole rubric runs, as in `dossier check`.
import type { Finding } from '../core/rubric/types';
import { privateTermsInTitle } from '../core/export/privateTermGate';
import { checkReadFile } from './checkMarkdownFile';
import type { ReadMarkdownFile } from './readMarkdownFile';

export interface ExportReview {
  /** Title findings first (section null), then the text's, silenced or not: both go out in the file. */
  privateTerms: Finding[];
  /** Error-level findings `dossier check` would count for the file (not silenced, listed or not). */
  errors: number;
}

export function exportReview(read: ReadMarkdownFile, appRoot: string): ExportReview {
  const settings = read.view?.settings ?? null;
  const { result } = checkReadFile(read, appRoot);
  const privateTerms = [
    ...privateTermsInTitle({
      appRoot,
      title: read.parsed.frontMatter.title ?? '',
      privateTerms: settings?.privateTerms ?? [],
      disabledRules: settings?.disabledRules ?? [],
      lang: result.language,
    }),
    ...result.findings.filter((f) => f.rule === 'confidentiality'),
  ];
  const errors = result.findings.filter((f) => f.severity === 'error' && !f.silenced).length + (result.unlisted?.error ?? 0);
  return { privateTerms, errors };
}
