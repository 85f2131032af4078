// What `dossier export` learns from the rubric about a file before writing it: the private-terms
// gate (the `confidentiality` findings of its title and text, which must be confirmed) and how
// many error-level findings remain (breaker F19: an export said nothing of them; now one line on
// stderr points to `dossier check`). With countErrors (export --check) the whole rubric runs, as in
// `dossier check`; without it only the private-terms rule does, and `errors` is 0.
import type { Finding } from '../core/rubric/types';
import { privateTermsInTitle } from '../core/export/privateTermGate';
import { checkReadFile } from './checkMarkdownFile';
import type { ReadMarkdownFile } from './readMarkdownFile';

export interface ExportReview {
  /** Title findings first (section null), then the text's, silenced or not: both go out in the file. */
  privateTerms: Finding[];
  /** Error-level findings `dossier check` would count for the file (not silenced, listed or not); 0 unless counted. */
  errors: number;
}

export function exportReview(read: ReadMarkdownFile, appRoot: string, opts: { countErrors: boolean }): ExportReview {
  const settings = read.view?.settings ?? null;
  const { result } = checkReadFile(read, appRoot, opts.countErrors ? undefined : (r) => r.id === 'confidentiality');
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
  if (!opts.countErrors) return { privateTerms, errors: 0 };
  const errors = result.findings.filter((f) => f.severity === 'error' && !f.silenced).length + (result.unlisted?.error ?? 0);
  return { privateTerms, errors };
}
