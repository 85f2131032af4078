// What a rule kind is: a params schema (zod), a compile step run once when the pack loads
// (regexes built here), and a pure check over the prepared sections.
import type { z } from 'zod';
import type { Template } from '../templates/types';
import type { CompBands, Fix, Severity } from './types';
import type { PreparedSection } from './prepareSection';

export interface KindContext {
  template: Template;
  /** Template sections first (in template order), then any extra sections. */
  sections: PreparedSection[];
  words: number;
  bands: CompBands | null;
  privateTerms: string[];
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
  severity?: Severity;
  fix?: Fix;
}

export type RuleCheck = (ctx: KindContext) => RawFinding[];

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
      const compiled = spec.compile(validParams as z.output<S>);
      return { ok: true, check: (ctx) => spec.check(compiled, ctx) };
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
    const texts = re.unicode ? null : requiredLiterals(re.source);
    const source = texts ? texts.join('|') : '';
    // Worth it only when the test is much smaller than the pattern (a list of tool names is not).
    test = texts && source.length * 2 <= re.source.length ? new RegExp(source, 'i') : null;
    REQUIRED.set(re, test);
  }
  return test;
}

/**
 * Whether a character of a regex source stands for itself outside a class: an ASCII letter or
 * digit, a space, comma, apostrophe or hyphen, or any non-ASCII character (every regex syntax
 * character is ASCII).
 */
function isLiteral(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 44 || c === 39 || c === 45 || c >= 128;
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
    out.push(...leads);
  }
  return out;
}

/** The best required literal set of one alternative (a sequence of atoms), or null. */
function requiredOfAlternative(alt: string): string[] | null {
  let best: string[] | null = null;
  const consider = (set: string[] | null) => {
    if (!set || set.length === 0 || set.some((t) => t.trim().length === 0)) return;
    const shortest = Math.min(...set.map((t) => t.length));
    if (!best || shortest > Math.min(...best.map((t) => t.length))) best = set;
  };
  let run = '';
  let i = 0;
  while (i < alt.length) {
    const ch = alt[i] ?? '';
    if (ch !== '' && isLiteral(ch)) {
      const q = alt[i + 1] ?? '';
      if (q === '?' || q === '*' || q === '{') {
        consider(run ? [run] : null);
        run = '';
        i += q === '{' ? Math.max(2, alt.indexOf('}', i) + 1 - i) : 2;
        continue;
      }
      run += ch;
      if (q === '+') {
        consider([run]);
        run = '';
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    consider(run ? [run] : null);
    run = '';
    if (ch === '(') {
      const close = closingParen(alt, i);
      if (close < 0) return null;
      const after = alt.slice(close + 1);
      const optional = /^(?:[?*]|\{0[,}])/.test(after);
      if (!optional && alt.startsWith('(?:', i)) consider(requiredLiterals(alt.slice(i + 3, close)));
      i = close + 1;
      // A group's own quantifier (+, {n,m}) is skipped with it.
      const q = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(after);
      if (q) i += q[0].length;
      continue;
    }
    if (ch === '[') {
      const end = classEnd(alt, i);
      if (end < 0) return null;
      i = end + 1;
    } else if (ch === '\\') i += 2;
    else i++;
    // A quantifier after a class, an escape or '.' belongs to it.
    const q = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(alt.slice(i));
    if (q) i += q[0].length;
  }
  consider(run ? [run] : null);
  return best;
}

/** The top-level alternatives of a regex source, or null when its brackets do not balance. */
function splitAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = classEnd(source, i);
      if (i < 0) return null;
    } else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return null;
    } else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(source.slice(start));
  return out;
}

/** The index of the ']' closing the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return -1;
}

/** The index of the ')' closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
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
