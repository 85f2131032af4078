// dossier check's text report (newcomer trial, item 5): every finding the summary counts is
// listed, info included, each with the words it is about quoted unless its message quotes them.
import { describe, expect, it } from 'vitest';
import { formatCheckText } from '../../../src/cli/formatCheckText';
import type { CheckedFile } from '../../../src/cli/checkMarkdownFile';
import type { CheckResult, Finding, Severity } from '../../../src/core/rubric/types';

const finding = (rule: string, severity: Severity, message: string, excerpt: string, silenced = false): Finding => ({
  rule, severity, section: 'base', line: 1, column: 3, start: 2, end: 2 + excerpt.length, excerpt, message, why: '', suggestion: 'Do this.', silenced,
});

function report(findings: Finding[]): string[] {
  const checked = {
    result: { template: 'comp-memo', company: 'wells-fargo', score: 90, wordCount: 40, speakingSeconds: null, findings },
    fileLines: findings.map((_, i) => 10 + i),
  } as unknown as CheckedFile;
  return formatCheckText('memo.md', checked);
}

describe('formatCheckText', () => {
  const lines = report([
    finding('comp-band', 'info', 'Base pay here sits in strict bands.', '$180k to $195k'),
    finding('vague-language', 'warning', '“a lot” is vague.', 'a lot'),
    finding('quantified-impact', 'error', 'This states an outcome without a number.', '新模型显著提升了风控效果。'),
    finding('vague-language', 'warning', '“some” is vague.', 'some', true),
  ]);
  it('lists every counted finding, info included', () => {
    const listed = lines.filter((l) => /^ {2}\d+:\d+\s+(?:error|warning|info)\s/.test(l));
    expect(listed).toHaveLength(3);
    expect(lines.at(-1)).toBe('1 error, 1 warning, 1 info (1 silenced)');
  });
  it('quotes the words a finding is about, once', () => {
    expect(lines).toContain('          “$180k to $195k”');
    expect(lines).toContain('          “新模型显著提升了风控效果。”');
    expect(lines.filter((l) => l.includes('“a lot”'))).toHaveLength(1);
  });
  it('quotes nothing for a finding about the whole document', () => {
    const doc = report([{ ...finding('governance-terms', 'warning', 'Never mentions governance.', ''), section: null }]);
    expect(doc.filter((l) => /^ {10}“/.test(l))).toEqual([]);
  });
});

// With a rule's findings cut at MAX_LISTED_PER_RULE the summary said "204 errors" when 304 existed.
describe('formatCheckText counts findings past the listing cap', () => {
  const one = (severity: Severity, section: string | null): Finding => ({ ...finding('r', severity, 'm', ''), section });
  function reportOf(result: Partial<CheckResult>): string[] {
    const full: CheckResult = { template: 'impact-brief', company: null, score: 50, wordCount: 10, speakingSeconds: null, findings: [], language: 'en', ...result };
    return formatCheckText('a.md', { result: full, fileLines: full.findings.map(() => 3) } as unknown as CheckedFile);
  }

  it('in the summary, saying how many are shown', () => {
    const lines = reportOf({ findings: [one('error', 'problem'), one('warning', null)], unlisted: { error: 1_200, warning: 0, info: 4 } });
    expect(lines.at(-1)).toBe('1,201 errors (1 shown), 1 warning, 4 info (0 shown)');
  });

  it('keeps the plain summary when everything is listed, and shows extra headings as written', () => {
    const lines = reportOf({ findings: [one('error', 'extra:Appendix~2')] });
    expect(lines.at(-1)).toBe('1 error, 0 warnings, 0 info');
    expect(lines[1]).toContain('[Appendix]');
  });
});
