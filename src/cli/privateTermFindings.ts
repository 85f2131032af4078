// The private-terms gate of `dossier export`: the `confidentiality` findings of a file, in its
// title and its text. Loaded by export only when the workspace has a private list, since without
// one the rule cannot flag anything; only that rule runs.
import type { Finding } from '../core/rubric/types';
import { privateTermsInTitle } from '../core/export/privateTermGate';
import { checkReadFile } from './checkMarkdownFile';
import type { ReadMarkdownFile } from './readMarkdownFile';

/** Title findings first (section null), then the text's, silenced or not: both go out in the file. */
export function privateTermFindings(read: ReadMarkdownFile, appRoot: string): Finding[] {
  const settings = read.view?.settings ?? null;
  const { result } = checkReadFile(read, appRoot, (r) => r.id === 'confidentiality');
  return [
    ...privateTermsInTitle({
      appRoot,
      title: read.parsed.frontMatter.title ?? '',
      privateTerms: settings?.privateTerms ?? [],
      disabledRules: settings?.disabledRules ?? [],
      lang: result.language,
    }),
    ...result.findings.filter((f) => f.rule === 'confidentiality'),
  ];
}
