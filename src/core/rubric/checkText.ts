// The pure rubric engine: template + section texts + rules -> findings and a score.
// Needs no workspace; checkDocument and the CLI feed it.
import { mergeOverlappingFindings } from './mergeOverlappingFindings';
import type { Template } from '../templates/types';
import type { CheckResult, CompBands, Finding, Severity } from './types';
import type { CompiledRule } from './loadRulePacks';
import type { KindContext, RawFinding } from './ruleKind';
import { lineColumn, prepareSection } from './prepareSection';
import { statesPay } from './statesPay';
import type { PreparedSection } from './prepareSection';
import type { SectionMemo } from './sectionMemo';
import { findSilenceZones, silenceIndex } from './inlineSilencing';
import type { SilenceZone } from './inlineSilencing';
import { scoreFindings } from './scoreFindings';
import { DEFAULT_WPM, addUnits, secondsToSpeak, spokenUnits } from './speakingPace';
import { CHECK_LIMIT_RULE, MAX_LISTED_PER_RULE, limitReading } from './checkLimit';
import type { ReadLimit } from './checkLimit';
import { ruleLabelIn } from './ruleLabels';
import { sectionHeading } from '../document/headingLanguage';
import { writtenHeading } from '../document/types';
import { formatCount } from '../text/formatCount';
import { findingsLanguageOfSections, inLanguage } from './findingsLanguage';
import type { FindingsLanguage, FindingsLanguageSetting } from './findingsLanguage';
import { checkLimitTexts } from './checkLimitTexts';

export interface CheckTextInput {
  template: Template;
  sections: Record<string, string>;
  rules: CompiledRule[];
  bands?: CompBands | null;
  privateTerms: string[];
  /** Rule ids turned off for the workspace: not run at all. */
  disabled: string[];
  /** Rule ids silenced for this document: run, returned with silenced: true, not scored. */
  silenced: string[];
  company?: string | null;
  /**
   * The sections prepared by the previous check of the same document (sectionMemo.ts): a section
   * whose text is unchanged is reused with its sentences and claims, so a live check while typing
   * prepares only the section being edited. Absent: every section is prepared afresh.
   */
  memo?: SectionMemo;
  /** The document's title, read with its sections to tell a Chinese draft (findingsLanguage.ts). */
  title?: string;
  /** The findings' language: follow the draft (default), or always 'en' or 'zh'. */
  findingsLanguage?: FindingsLanguageSetting;
}

const EXCERPT_MAX = 160;

function fill(text: string, vars: Record<string, string | number> | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

function excerptOf(raw: string, start: number, end: number): string {
  const s = raw.slice(start, end).replace(/<!--[\s\S]*?-->/g, ' ').replace(/\s+/g, ' ').trim();
  return s.length > EXCERPT_MAX ? `${s.slice(0, EXCERPT_MAX - 1)}…` : s;
}

/** Template sections in template order, then any other keys the document carries. */
function orderedSections(template: Template, sections: Record<string, string>, memo: SectionMemo | undefined): PreparedSection[] {
  const prepare = memo ? memo.prepare : prepareSection;
  const out: PreparedSection[] = [];
  const seen = new Set<string>();
  for (const def of template.sections) {
    seen.add(def.id);
    const text = sections[def.id];
    out.push(prepare(def.id, typeof text === 'string' ? text : ''));
  }
  for (const [id, text] of Object.entries(sections)) {
    if (seen.has(id) || typeof text !== 'string') continue;
    out.push(prepare(id, text));
  }
  return out;
}


/**
 * The findings as listed: at most MAX_LISTED_PER_RULE of each rule (in document order), and, when
 * the document was not read to its end or a rule was cut short, one info note that says so
 * (rule CHECK_LIMIT_RULE, not scored) where reading stopped, or at the start of the document.
 */
function listedFindings(
  findings: Finding[],
  limit: ReadLimit | null,
  template: Template,
  byId: Map<string, PreparedSection>,
  unlisted: Record<Severity, number>,
  lang: FindingsLanguage,
): Finding[] {
  const perRule = new Map<string, number>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = (perRule.get(f.rule) ?? 0) + 1;
    perRule.set(f.rule, n);
    if (n <= MAX_LISTED_PER_RULE) kept.push(f);
    else if (!f.silenced) unlisted[f.severity]++;
  }
  const cut = [...perRule].filter(([, n]) => n > MAX_LISTED_PER_RULE);
  if (!limit && cut.length === 0) return findings;
  const texts = checkLimitTexts(lang);
  const parts: string[] = [];
  let at: { section: string | null; offset: number } = { section: null, offset: 0 };
  if (limit) {
    const def = template.sections.find((d) => d.id === limit.section);
    const label = def ? sectionHeading(def, lang) : writtenHeading(limit.section);
    // No line number in the text: this note is placed where reading stopped, and its own line is
    // shown as every finding's (a file line in `dossier check`, a section line in the editor).
    parts.push(texts.partial(formatCount(limit.checkedSentences), formatCount(limit.sentences), label));
    at = { section: limit.section, offset: limit.offset };
  }
  if (cut.length > 0) {
    const list = cut.map(([rule, n]) => `${ruleLabelIn(rule, lang)}: ${formatCount(n)}`).join(texts.listSeparator);
    parts.push(texts.capped(formatCount(MAX_LISTED_PER_RULE), list));
  }
  const section = at.section === null ? null : (byId.get(at.section) ?? null);
  const pos = section ? lineColumn(section, at.offset) : { line: 1, column: 1 };
  kept.push({
    rule: CHECK_LIMIT_RULE,
    severity: 'info',
    section: at.section,
    line: pos.line,
    column: pos.column,
    start: at.offset,
    end: at.offset,
    excerpt: section ? excerptOf(section.raw, at.offset, Math.min(section.raw.length, at.offset + 80)) : '',
    message: parts.join(texts.partSeparator),
    why: texts.why,
    suggestion: texts.suggestion,
    silenced: false,
  });
  return kept;
}

export function checkText(input: CheckTextInput): CheckResult {
  const { template } = input;
  const prepared = orderedSections(template, input.sections, input.memo);
  const byId = new Map(prepared.map((s) => [s.id, s]));
  const words = prepared.reduce((n, s) => n + s.words, 0);
  const read = limitReading(prepared);
  const lang = findingsLanguageOfSections(input.title, prepared, input.findingsLanguage);
  const ctx: KindContext = {
    lang,
    template,
    sections: read.sections,
    words,
    bands: input.bands ?? null,
    privateTerms: input.privateTerms,
    sectionsReused: input.memo !== undefined,
  };
  const zones: SilenceZone[] = prepared.flatMap(findSilenceZones);
  const isSilencedAt = silenceIndex(zones);
  const disabled = new Set(input.disabled);
  const silenced = new Set(input.silenced);
  const findings: Finding[] = [];
  const passed: string[] = [];
  /** Findings that say a required section is empty in other words than section-required's. */
  const deferring = new Set<Finding>();
  /** Sections a listed, unsilenced finding reports as required and empty. */
  const reportedEmpty = new Set<string>();

  for (const rule of input.rules) {
    if (disabled.has(rule.id)) continue;
    if (rule.appliesTo.templates && !rule.appliesTo.templates.includes(template.id)) continue;
    let raws: RawFinding[];
    try {
      raws = rule.check(ctx);
    } catch {
      raws = []; // a kind bug must never stop the check; kinds have their own tests
    }
    if (raws.length === 0 && !passed.includes(rule.id)) passed.push(rule.id);
    for (const r of raws) {
      const section = r.section === null ? null : (byId.get(r.section) ?? null);
      const len = section?.raw.length ?? 0;
      const start = Math.max(0, Math.min(r.start, len));
      const end = Math.max(start, Math.min(r.end, len));
      const pos = section ? lineColumn(section, start) : { line: 1, column: 1 };
      const finding: Finding = {
        rule: rule.id,
        severity: r.severity ?? rule.severity,
        section: r.section,
        line: pos.line,
        column: pos.column,
        start,
        end,
        excerpt: r.excerpt ?? (section ? excerptOf(section.raw, start, end) : ''),
        message: fill(r.message ?? inLanguage(lang, rule.message, rule.messageZh), r.vars),
        why: inLanguage(lang, rule.why, rule.whyZh),
        suggestion: fill(r.suggestion ?? inLanguage(lang, rule.suggestion, rule.suggestionZh), r.vars),
        silenced: silenced.has(rule.id) || isSilencedAt(rule.id, r.section, start, end),
      };
      if (r.fix) finding.fix = r.fix;
      if (r.emptySection === 'defers') deferring.add(finding);
      else if (r.emptySection === 'reports' && r.section !== null && !finding.silenced) reportedEmpty.add(r.section);
      findings.push(finding);
    }
  }
  // A missing section is reported once: by the finding that names it, not again in other words.
  if (deferring.size > 0 && reportedEmpty.size > 0) {
    const kept = findings.filter((f) => !(deferring.has(f) && f.section !== null && reportedEmpty.has(f.section)));
    findings.length = 0;
    findings.push(...kept);
  }

  const order = new Map(prepared.map((s, i) => [s.id, i]));
  findings.sort(
    (a, b) =>
      (a.section === null ? -1 : (order.get(a.section) ?? 0)) - (b.section === null ? -1 : (order.get(b.section) ?? 0)) ||
      a.start - b.start ||
      // Rule ids are [a-z0-9-] (rulePacks.ts), where code-unit order is the collation order;
      // localeCompare would load ICU's collator (about 20 ms of a CLI start) for the same order.
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );

  const unlisted: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const merged = listedFindings(
    mergeOverlappingFindings(findings, (id, start, end) => excerptOf(byId.get(id)?.raw ?? '', start, end)),
    read.limit,
    template,
    byId,
    unlisted,
    lang,
  );
  const wpm = template.wordsPerMinute ?? DEFAULT_WPM;
  return {
    template: template.id,
    company: input.company ?? null,
    score: scoreFindings(merged, template.sections.filter((s) => s.required).length),
    wordCount: words,
    speakingSeconds: template.spoken || template.speakingSeconds ? secondsToSpeak(addUnits(prepared.map((s) => spokenUnits(s.text, () => s.words))), wpm) : null,
    findings: merged,
    passed: passed.filter((id) => !findings.some((f) => f.rule === id)),
    language: lang,
    statesPay: statesPay(prepared),
    ...(unlisted.error + unlisted.warning + unlisted.info > 0 ? { unlisted } : {}),
  };
}
