// dossier check FILE.md [--company SLUG] [--lang en|zh] [--json] [--workspace DIR]
// Exit 0: no error-level findings; 1: error-level findings; 2: bad input or output that cannot be written.
import type { CliIo } from '../cliIo';
import { CHECK_USAGE, parseCheckArgs } from '../checkArgs';
import { UsageError } from '../cliIo';
import { checkMarkdownFile } from '../checkMarkdownFile';
import { formatCheckText } from '../formatCheckText';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const a = parseCheckArgs(args);
  const file = a.positionals[0] ?? '';
  const lang = a.strings.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') {
    throw new UsageError(`dossier check: --lang takes en or zh (findings follow the draft's language without it). Usage: ${CHECK_USAGE}`);
  }
  const checked = await checkMarkdownFile({ file, company: a.strings.company, workspace: a.strings.workspace, cwd: io.cwd, env: io.env, appRoot: io.appRoot, lang });
  const { result } = checked;
  const live = result.findings.map((f, i) => ({ f, line: checked.fileLines[i] ?? 1 })).filter((x) => !x.f.silenced);
  if (a.booleans.json) {
    const json = {
      template: result.template,
      company: result.company,
      score: result.score,
      wordCount: result.wordCount,
      findings: live.map(({ f, line }) => ({
        rule: f.rule,
        severity: f.severity,
        section: f.section,
        line,
        column: f.column,
        message: f.message,
        excerpt: f.excerpt,
        suggestion: f.suggestion,
      })),
    };
    io.out(JSON.stringify(json, null, 2) + '\n');
  } else {
    io.out(formatCheckText(file, checked).join('\n') + '\n');
  }
  return live.some((x) => x.f.severity === 'error') ? 1 : 0;
}
