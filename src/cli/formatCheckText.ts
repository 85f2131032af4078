// The human-readable `dossier check` report: a header, one line per finding (file line:column,
// severity, rule, message) with the words it is about quoted beneath (unless the message already
// quotes them) and its suggestion, then a summary line. Every finding the summary counts is
// listed, info included; silenced findings are only counted. The header and summary are in the
// findings' language (a Chinese draft's report is Chinese throughout; rule ids stay as they are).
import type { CheckedFile } from './checkMarkdownFile';
import { writtenHeading } from '../core/document/types';
import { formatCount } from '../core/text/formatCount';
import { findingsWords } from '../core/rubric/findingsWords';

export function formatCheckText(file: string, checked: CheckedFile): string[] {
  const { result } = checked;
  const lines: string[] = [];
  const zh = result.language === 'zh';
  const company = result.company ?? (zh ? '未指定公司' : 'no company');
  lines.push(
    zh
      ? `${file}: ${result.template}，${company} · 得分 ${result.score}/100 · ${result.wordCount} 词`
      : `${file}: ${result.template} for ${company} · score ${result.score}/100 · ${result.wordCount} words`,
  );
  const counts = { error: 0, warning: 0, info: 0 };
  let silenced = 0;
  result.findings.forEach((f, i) => {
    if (f.silenced) {
      silenced++;
      return;
    }
    counts[f.severity]++;
    const where = `${checked.fileLines[i] ?? 1}:${f.column}`;
    const section = f.section ? ` [${writtenHeading(f.section)}]` : '';
    lines.push(`  ${where.padEnd(7)} ${f.severity.padEnd(7)} ${f.rule}${section}: ${f.message}`);
    if (f.excerpt && !f.message.includes(f.excerpt)) lines.push(`          “${f.excerpt}”`);
    if (f.suggestion) lines.push(`          → ${f.suggestion}`);
  });
  // Findings past a rule's listing cap are counted too: "304 errors (204 shown)".
  const unlisted = result.unlisted ?? { error: 0, warning: 0, info: 0 };
  const shown = (n: number, more: number) => (more > 0 ? ` (${formatCount(n)} shown)` : '');
  const plural = (n: number, more: number, word: string) =>
    `${formatCount(n + more)} ${word}${n + more === 1 ? '' : 's'}${shown(n, more)}`;
  if (zh) {
    const shownZh = (n: number, more: number) => (more > 0 ? `（列出 ${formatCount(n)} 条）` : '');
    const count = (n: number, more: number, word: string) => `${formatCount(n + more)} 条${word}${shownZh(n, more)}`;
    const summary = `${count(counts.error, unlisted.error, '错误')}，${count(counts.warning, unlisted.warning, '警告')}，${count(counts.info, unlisted.info, '提示')}`;
    lines.push(silenced > 0 ? `${summary}（${silenced} 条已静默）` : summary);
    if (checked.payCaveat) lines.push(`${findingsWords('zh').note}${checked.payCaveat}`);
    return lines;
  }
  const summary = `${plural(counts.error, unlisted.error, 'error')}, ${plural(counts.warning, unlisted.warning, 'warning')}, ${formatCount(counts.info + unlisted.info)} info${shown(counts.info, unlisted.info)}`;
  lines.push(silenced > 0 ? `${summary} (${silenced} silenced)` : summary);
  // A clean pay memo at a company with no published pay figures checked nothing: say so.
  if (checked.payCaveat) lines.push(`${findingsWords('en').note} ${checked.payCaveat}`);
  return lines;
}
