// Rule packs as data: validates each rule instance against the closed set of kinds and its
// params schema and compiles it. Pure (no file system), so the same code runs in the server, the
// CLI and the editor's Web Worker; loadRulePacks reads the files. A bad rule is reported as
// {file, field, message} and skipped; the rest of its pack still loads.
import { z } from 'zod';
import { ruleKinds } from './kinds/index';
import type { RuleCheck } from './ruleKind';
import type { RuleDef, RulePackProblem } from './types';
import { parseJsonText } from '../workspace/jsonText';
import { COMPANY_PACKS } from './companyPacks';
import { zhText } from './zhText';

export interface CompiledRule extends RuleDef {
  check: RuleCheck;
}

/** One rule pack file as read: its name (for problem reports) and its JSON text. */
export interface RulePackFile {
  file: string;
  text: string;
}

export interface LoadedPacks {
  rules: CompiledRule[];
  problems: RulePackProblem[];
}

const RuleShape = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
  kind: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().min(1, 'must not be empty'),
  why: z.string().min(1, 'must not be empty'),
  suggestion: z.string().default(''),
  /** The message, why and suggestion in Chinese (findingsLanguage.ts); every built-in rule has them. */
  messageZh: zhText.optional(),
  whyZh: zhText.optional(),
  suggestionZh: zhText.optional(),
  appliesTo: z
    .object({ templates: z.array(z.string()).optional(), companies: z.array(z.string()).optional() })
    .strict()
    .default({}),
});

const PackShape = z.object({
  pack: z.string().min(1),
  description: z.string().default(''),
  rules: z.array(z.unknown()),
});

function fieldOf(prefix: string, issue: z.core.$ZodIssue | undefined): string {
  const tail = (issue?.path ?? []).map(String);
  return [prefix, ...tail].join('.');
}

/** Validates and compiles one rule instance; throws a readable Error when it is not valid. */
export function compileRule(input: unknown, pack = 'test'): CompiledRule {
  const res = buildRule(input, pack, 'rule');
  if ('problem' in res) throw new Error(`${res.problem.field}: ${res.problem.message}`);
  return res.rule;
}

/** A rule as its pack states it, validated (with defaults), and its params as its kind validated them. */
interface ValidRule {
  def: z.output<typeof RuleShape>;
  params: unknown;
}

type RuleProblem = { field: string; message: string };

/** Validates one rule instance (shape, kind, params) without compiling it. */
function validateRule(input: unknown, where: string): ValidRule | { problem: RuleProblem } {
  const parsed = RuleShape.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const missing = issue?.code === 'invalid_type' && issue.input === undefined;
    return { problem: { field: fieldOf(where, issue), message: missing ? 'is missing' : (issue?.message ?? 'is not valid') } };
  }
  const def = parsed.data;
  const kind = ruleKinds.get(def.kind);
  if (!kind) {
    return {
      problem: { field: `${where}.kind`, message: `unknown rule kind “${def.kind}” (known: ${[...ruleKinds.keys()].join(', ')})` },
    };
  }
  const valid = kind.validate(def.params);
  if (!valid.ok) return { problem: { field: `${where}.${valid.field}`, message: valid.message } };
  return { def, params: valid.params };
}

/** Compiles a rule validateRule accepted (its kind exists). */
function compileValid(rule: ValidRule, pack: string, where: string): { rule: CompiledRule } | { problem: RuleProblem } {
  const kind = ruleKinds.get(rule.def.kind);
  if (!kind) return { problem: { field: `${where}.kind`, message: `unknown rule kind “${rule.def.kind}”` } };
  const built = kind.compile(rule.params);
  if (!built.ok) return { problem: { field: `${where}.${built.field}`, message: built.message } };
  return { rule: { ...rule.def, pack, check: built.check } };
}

function buildRule(input: unknown, pack: string, where: string): { rule: CompiledRule } | { problem: RuleProblem } {
  const valid = validateRule(input, where);
  return 'problem' in valid ? valid : compileValid(valid, pack, where);
}

/**
 * One pack file validated but not compiled: plain JSON data, so the CLI's build can record it
 * (prevalidated.ts) and a start only compiles. `problems` are the whole file's (bad JSON or pack
 * shape; then `rules` is empty); `rules` has one entry per rule of the file, in order.
 */
export interface ValidatedPack {
  file: string;
  pack: string;
  problems: RulePackProblem[];
  rules: (ValidRule | { problem: RuleProblem })[];
}

/** Validates one pack file's text (JSON, pack shape, each rule). */
export function validatePack(file: string, text: string): ValidatedPack {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (err) {
    return { file, pack: '', rules: [], problems: [{ file, field: '(file)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  const pack = PackShape.safeParse(json);
  if (!pack.success) {
    const issue = pack.error.issues[0];
    return { file, pack: '', rules: [], problems: [{ file, field: fieldOf('', issue).replace(/^\./, '') || '(file)', message: issue?.message ?? 'is not valid' }] };
  }
  return { file, pack: pack.data.pack, problems: [], rules: pack.data.rules.map((raw, i) => validateRule(raw, `rules[${i}]`)) };
}

/** Compiles a validated pack: its rules, and the problems of the file and of each rule, in order. */
export function compileValidatedPack(v: ValidatedPack): LoadedPacks {
  const problems: RulePackProblem[] = [...v.problems];
  const rules: CompiledRule[] = [];
  const seen = new Set<string>();
  v.rules.forEach((entry, i) => {
    const res = 'problem' in entry ? entry : compileValid(entry, v.pack, `rules[${i}]`);
    if ('problem' in res) {
      problems.push({ file: v.file, ...res.problem });
      return;
    }
    if (seen.has(res.rule.id)) {
      problems.push({ file: v.file, field: `rules[${i}].id`, message: `“${res.rule.id}” appears twice in this pack` });
      return;
    }
    seen.add(res.rule.id);
    rules.push(res.rule);
  });
  return { rules, problems };
}

/** Parses one pack file's text. Exported for tests. */
export function parsePack(file: string, text: string): LoadedPacks {
  return compileValidatedPack(validatePack(file, text));
}

export { COMPANY_PACKS };

/**
 * Compiles pack files in the given order (core.json first, as loadRulePacks orders them).
 * Each rule keeps its pack name; problems name the file and field.
 */
export function compilePacks(files: readonly RulePackFile[]): LoadedPacks {
  return compileValidatedPacks(files.map((f) => validatePack(f.file, f.text)));
}

/** compilePacks for packs already validated (validatePack), in the same order. */
export function compileValidatedPacks(packs: readonly ValidatedPack[]): LoadedPacks {
  const value: LoadedPacks = { rules: [], problems: [] };
  for (const p of packs) {
    const one = compileValidatedPack(p);
    value.rules.push(...one.rules);
    value.problems.push(...one.problems);
  }
  return value;
}

/**
 * The rules that apply to a template for a company profile (null: no company). A company pack's
 * rule replaces a core rule with the same id (its bands and wording are company-specific).
 */
export function selectRules(rules: CompiledRule[], template: { id: string; rulePacks: string[] }, profileId: string | null): CompiledRule[] {
  const applies = rules.filter((r) => {
    const packApplies = COMPANY_PACKS.includes(r.pack)
      ? r.pack === profileId
      : r.pack === 'core' || template.rulePacks.includes(r.pack);
    if (!packApplies) return false;
    if (r.appliesTo.templates && !r.appliesTo.templates.includes(template.id)) return false;
    if (r.appliesTo.companies && (profileId === null || !r.appliesTo.companies.includes(profileId))) return false;
    return true;
  });
  const fromCompany = new Set(applies.filter((r) => COMPANY_PACKS.includes(r.pack)).map((r) => r.id));
  return applies.filter((r) => COMPANY_PACKS.includes(r.pack) || !fromCompany.has(r.id));
}
