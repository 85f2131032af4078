// What a rule kind is: a params schema (zod), a compile step run once when the pack loads
// (regexes built here), and a pure check over the prepared sections.
import type { z } from 'zod';
import type { Template } from '../templates/types';
import type { CompBands, Fix, Severity } from './types';
import type { PreparedSection } from './prepareSection';
import type { FindingsLanguage } from './findingsLanguage';

export interface KindContext {
  /** The language findings are written in: a kind that words its own message picks its text by it. */
  lang: FindingsLanguage;
  template: Template;
  /** Template sections first (in template order), then any extra sections. */
  sections: PreparedSection[];
  words: number;
  bands: CompBands | null;
  privateTerms: string[];
  /**
   * True when the sections may be the very objects an earlier check of the same checker read
   * (the editor's checker keeps unchanged sections, sectionMemo.ts): a kind that declares
   * `perSection` then keeps its findings per section object and reuses them. One-off checks
   * (CLI, server, overviews) leave it out: their sections are new objects every time.
   */
  sectionsReused?: boolean;
}

/** A finding before the engine adds rule id, line/column, excerpt and silencing. */
export interface RawFinding {
  section: string | null;
  start: number;
  end: number;
  /** Replaces {name} placeholders in the rule's message and suggestion. */
  vars?: Record<string, string | number>;
  /** Overrides the rule's message (rare: a pattern with its own wording). */
  message?: string;
  suggestion?: string;
  /** Overrides the excerpt taken from the section text (a finding about the section's heading). */
  excerpt?: string;
  severity?: Severity;
  fix?: Fix;
  /**
   * How this finding relates to a required section that is missing or empty: 'reports' says so
   * (section-required); 'defers' says the same thing in other words (a kill story's element whose
   * own section is empty) and is left out when a 'reports' finding for that section is listed, so
   * a missing section is reported once.
   */
  emptySection?: 'reports' | 'defers';
}

export type RuleCheck = (ctx: KindContext) => RawFinding[];

/** What a per-section kind's findings may read from the check's context besides its one section. */
export type SectionContextField = 'lang' | 'privateTerms';

/**
 * A kind whose findings in a section depend only on that section (its id and text, read through
 * the PreparedSection object: sentences, claims, checkedEnd), the rule's params and the listed
 * context fields. `when` narrows it to params for which that holds (a cooccurrence rule that looks
 * across the document does not).
 */
export interface PerSection<P> {
  reads: readonly SectionContextField[];
  when?: (params: P) => boolean;
}

/** Findings of one section kept with its object, with the context values they were made with. */
interface KeptFindings {
  deps: unknown[];
  found: RawFinding[];
}

/**
 * The check of a per-section kind: run over the whole context when sections are new objects;
 * otherwise section by section, each section's findings kept by the section object (a WeakMap,
 * as sectionClaims.ts keeps claims) and reused while the listed context fields are the same
 * values (compared with ===). Section by section in context order gives the findings in the order
 * one run over every section gives them (tests/unit/rubric/perSectionKinds.test.ts checks that
 * each per-section kind's findings are the same either way).
 */
function perSectionCheck(run: RuleCheck, reads: readonly SectionContextField[]): RuleCheck {
  const kept = new WeakMap<PreparedSection, KeptFindings>();
  return (ctx) => {
    if (!ctx.sectionsReused) return run(ctx);
    const deps = reads.map((f) => ctx[f]);
    const out: RawFinding[] = [];
    for (const section of ctx.sections) {
      let hit = kept.get(section);
      if (!hit || hit.deps.some((d, i) => d !== deps[i])) {
        hit = { deps, found: run({ ...ctx, sections: [section], words: section.words }) };
        kept.set(section, hit);
      }
      for (const f of hit.found) out.push(f);
    }
    return out;
  };
}

export interface RuleKind {
  name: string;
  /** Describes the params for `dossier rules` and error messages. */
  describe: string;
  /** Validates params and builds the check, or returns the first problem as {field, message}. */
  build(params: unknown): { ok: true; check: RuleCheck } | { ok: false; field: string; message: string };
  /**
   * build's first half: validates params; `params` is the validated form (plain JSON data, with
   * the schema's defaults) that compile takes.
   */
  validate(params: unknown): { ok: true; params: unknown } | { ok: false; field: string; message: string };
  /** build's second half, for params validate accepted (here or when the CLI was built). */
  compile(validParams: unknown): { ok: true; check: RuleCheck } | { ok: false; field: string; message: string };
  /**
   * When findings can carry another severity than the rule's own (comp-band: an error above every
   * published band), says when, e.g. "error when the ask is above every published band"; null
   * otherwise (also for params that do not validate).
   */
  severityNote(params: unknown, severity: Severity): string | null;
}

export function defineKind<S extends z.ZodType, C>(spec: {
  name: string;
  describe: string;
  params: S;
  compile: (params: z.output<S>) => C;
  check: (compiled: C, ctx: KindContext) => RawFinding[];
  severityNote?: (params: z.output<S>, severity: Severity) => string | null;
  /** Set when the findings in a section depend on that section alone (see PerSection). */
  perSection?: PerSection<z.output<S>>;
}): RuleKind {
  const validate: RuleKind['validate'] = (params) => {
    const parsed = spec.params.safeParse(params ?? {});
    if (parsed.success) return { ok: true, params: parsed.data };
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      field: ['params', ...(issue?.path ?? []).map(String)].join('.'),
      message: issue?.message ?? 'is not valid',
    };
  };
  const compile: RuleKind['compile'] = (validParams) => {
    try {
      const params = validParams as z.output<S>;
      const compiled = spec.compile(params);
      const check: RuleCheck = (ctx) => spec.check(compiled, ctx);
      const local = spec.perSection && (!spec.perSection.when || spec.perSection.when(params)) ? spec.perSection : null;
      return { ok: true, check: local ? perSectionCheck(check, local.reads) : check };
    } catch (err) {
      return { ok: false, field: 'params', message: err instanceof Error ? err.message : String(err) };
    }
  };
  return {
    name: spec.name,
    describe: spec.describe,
    severityNote(params, severity) {
      if (!spec.severityNote) return null;
      const parsed = spec.params.safeParse(params ?? {});
      return parsed.success ? spec.severityNote(parsed.data, severity) : null;
    },
    validate,
    compile,
    build(params) {
      const valid = validate(params);
      return valid.ok ? compile(valid.params) : valid;
    },
  };
}

/**
 * Builds a case-insensitive global regex from pack text. The `u` flag is added only when the
 * pattern needs it (\p{...} classes, \u{...} escapes): case-insensitive Unicode matching is
 * several times slower in V8, and CJK text in the BMP matches the same without it.
 */
export function pattern(source: string): RegExp {
  return new RegExp(source, /\\[pP]\{|\\u\{/.test(source) ? 'giu' : 'gi');
}

/**
 * For a pack regex, a small regex of the literal texts one of which every match contains (see
 * requiredLiterals), or null; made on the pattern's first use. Tested before the pattern is run:
 * most patterns match nothing in most sentences, and a pattern never run is never compiled (the
 * CLI compiles each regex to machine code on its first run, which cost a one-page check several
 * ms for the rule packs' patterns).
 */
const REQUIRED = new WeakMap<RegExp, RegExp | null>();
/** The same tests by pattern source: several rules share patterns. */
const BY_SOURCE = new Map<string, RegExp | null>();

/**
 * False only when `re` (made by `pattern`) cannot match anywhere in `text`; true when it may.
 * Findings do not change: the test is a necessary condition of a match.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  const test = requiredTestOf(re);
  return test === null || test.test(text);
}

/** The test `mayMatch` uses for a pattern made by `pattern`, or null when it has none. */
export function requiredTestOf(re: RegExp): RegExp | null {
  let test = REQUIRED.get(re);
  if (test === undefined) {
    const key = (re.unicode ? 'u/' : '/') + re.source;
    test = BY_SOURCE.get(key);
    if (test === undefined) {
      const texts = re.unicode ? null : requiredLiterals(re.source);
      const source = texts ? texts.join('|') : '';
      // Worth it only when the test is much smaller than the pattern (a list of tool names is not).
      test = texts && source.length * 2 <= re.source.length ? new RegExp(source, 'i') : null;
      BY_SOURCE.set(key, test);
    }
    REQUIRED.set(re, test);
  }
  return test;
}

const QUESTION = 63;
const STAR = 42;
const PLUS = 43;
const BRACE = 123;
/** A counted quantifier: {n}, {n,} or {n,m}. */
const COUNTED = /\{\d+(?:,\d*)?\}/y;

/** The index after a quantifier (?, *, +, {n,m}, each maybe lazy) at `i`, or `i` when there is none. */
function skipQuantifier(source: string, i: number): number {
  const c = source.charCodeAt(i);
  let j = i;
  if (c === QUESTION || c === STAR || c === PLUS) j = i + 1;
  else if (c === BRACE) {
    // Outside the u flag a brace that is not a counted quantifier stands for itself.
    COUNTED.lastIndex = i;
    if (!COUNTED.test(source)) return i;
    j = COUNTED.lastIndex;
  } else return i;
  return source.charCodeAt(j) === QUESTION ? j + 1 : j;
}

/** Whether the quantifier at `i` (if any) lets what precedes it match zero times. */
function optionalAt(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  if (c === QUESTION || c === STAR) return true;
  return c === BRACE && source.charCodeAt(i + 1) === 48 && (source.charCodeAt(i + 2) === 44 || source.charCodeAt(i + 2) === 125);
}

/**
 * Literal texts one of which every match of `source` contains, or null when that cannot be read
 * simply. Each top-level alternative must contain a required literal run ("pass" in
 * `\bby-?pass(?:ed)?`) or a required group whose alternatives all do in turn (`\b(?:by-?pass|
 * skip(?:ped)?)` gives "pass", "skip"); of an alternative's required runs and groups the one with
 * the longest shortest text is kept. A character followed by ?, * or { is not required; a group
 * followed by ?, * or {0 is skipped. Conservative by construction: an alternative that has
 * nothing but classes, escapes, lookarounds or captures gives null for the whole pattern.
 */
export function requiredLiterals(source: string): string[] | null {
  const alts = splitAlternatives(source);
  if (!alts) return null;
  const out: string[] = [];
  for (const alt of alts) {
    const leads = requiredOfAlternative(alt);
    if (!leads) return null;
    for (const t of leads) out.push(t);
  }
  return out;
}

/** The length of the shortest text of a set. */
function shortest(set: string[]): number {
  let min = Infinity;
  for (const t of set) if (t.length < min) min = t.length;
  return min;
}

/** A run of literal characters (see isLiteral), matched natively rather than char by char. */
const LITERAL_RUN = /[a-zA-Z0-9 ,'\-\u0080-\uffff]+/y;
/** A run of characters that neither open nor close a group, class or escape, nor split. */
const PLAIN_RUN = /[^\\[\]()|]+/y;

/** The best required literal set of one alternative (a sequence of atoms), or null. */
function requiredOfAlternative(alt: string): string[] | null {
  let best: string[] | null = null;
  let bestLen = 0;
  /** Keeps alt[start, end) when it is longer than the best so far and not blank. */
  const take = (start: number, end: number) => {
    if (end - start <= bestLen) return;
    for (let k = start; k < end; k++) {
      if (alt.charCodeAt(k) !== 32) {
        best = [alt.slice(start, end)];
        bestLen = end - start;
        return;
      }
    }
  };
  const n = alt.length;
  let i = 0;
  while (i < n) {
    LITERAL_RUN.lastIndex = i;
    if (LITERAL_RUN.test(alt)) {
      const end = LITERAL_RUN.lastIndex;
      const q = alt.charCodeAt(end);
      if (q === PLUS) take(i, end);
      // The last character is optional (?, *, {0,…}) or repeated a counted number of times.
      else if (q === QUESTION || q === STAR || q === BRACE) take(i, end - 1);
      else take(i, end);
      i = skipQuantifier(alt, end);
      continue;
    }
    const c = alt.charCodeAt(i);
    if (c === 40) {
      const close = closingParen(alt, i);
      if (close < 0) return null;
      if (!optionalAt(alt, close + 1) && alt.charCodeAt(i + 1) === QUESTION && alt.charCodeAt(i + 2) === 58) {
        const set = requiredLiterals(alt.slice(i + 3, close));
        if (set && set.length > 0) {
          const len = shortest(set);
          if (len > bestLen) {
            best = set;
            bestLen = len;
          }
        }
      }
      i = skipQuantifier(alt, close + 1);
    } else if (c === 91) {
      const end = classEnd(alt, i);
      if (end < 0) return null;
      i = skipQuantifier(alt, end + 1);
    } else i = skipQuantifier(alt, c === 92 ? i + 2 : i + 1);
  }
  return best;
}

/**
 * Walks the regex source `source` from index `from`, skipping plain runs, escapes and character
 * classes, and calls `at(index, code, depth)` for each '(' (code 40, depth after opening), ')'
 * (41, depth after closing) and '|' (124) outside a class; `at` returns true to stop there.
 * Returns the group depth where the walk stopped or ended, or -1 for an unclosed class or a ')'
 * with no '('.
 */
function scanGroups(source: string, from: number, at: (index: number, code: number, depth: number) => boolean): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(source)) {
      i = PLAIN_RUN.lastIndex;
      if (i >= source.length) break;
    }
    const c = source.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91) {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === 40 || c === 41 || c === 124) {
      if (c === 40) depth++;
      else if (c === 41 && --depth < 0) return -1;
      if (at(i, c, depth)) return depth;
    }
  }
  return depth;
}

/** The top-level alternatives of a regex source, or null when its brackets do not balance. */
function splitAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let start = 0;
  const depth = scanGroups(source, 0, (i, c, d) => {
    if (c === 124 && d === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  if (depth !== 0) return null;
  out.push(source.slice(start));
  return out;
}

/** The index of the ']' closing the class opened at `open` (JavaScript's: `[]` is empty), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 93) return i;
  }
  return -1;
}

/** The index of the ')' closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let close = -1;
  scanGroups(source, open, (i, c, d) => {
    if (c === 41 && d === 0) close = i;
    return close >= 0;
  });
  return close;
}

/**
 * For a kind whose findings read several sections: a value worked out from one section alone (and
 * the rule's params), kept with the section object while the check's sections may be reused
 * (KindContext.sectionsReused: the editor's checker) and worked out afresh otherwise. Make one
 * per compiled rule (in `compile`); `make` must read nothing but the section and the params.
 */
export function keptPerSection<T>(): (ctx: KindContext, section: PreparedSection, make: () => T) => T {
  const kept = new WeakMap<PreparedSection, { value: T }>();
  return (ctx, section, make) => {
    if (!ctx.sectionsReused) return make();
    let hit = kept.get(section);
    if (!hit) {
      hit = { value: make() };
      kept.set(section, hit);
    }
    return hit.value;
  };
}

export function anyMatch(res: RegExp[], text: string): boolean {
  for (const re of res) {
    if (!mayMatch(re, text)) continue;
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** Sections a rule reads: all of them, or only the listed ids. */
export function pick(ctx: KindContext, ids: string[] | undefined): PreparedSection[] {
  if (!ids || ids.length === 0) return ctx.sections;
  return ctx.sections.filter((s) => ids.includes(s.id));
}
