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

export function anyMatch(res: RegExp[], text: string): boolean {
  for (const re of res) {
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
