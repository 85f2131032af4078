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

function buildRule(input: unknown, pack: string, where: string): { rule: CompiledRule } | { problem: { field: string; message: string } } {
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
  const built = kind.build(def.params);
  if (!built.ok) return { problem: { field: `${where}.${built.field}`, message: built.message } };
  return { rule: { ...def, pack, check: built.check } };
}

/** Parses one pack file's text. Exported for tests. */
export function parsePack(file: string, text: string): LoadedPacks {
  const problems: RulePackProblem[] = [];
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (err) {
    return { rules: [], problems: [{ file, field: '(file)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  const pack = PackShape.safeParse(json);
  if (!pack.success) {
    const issue = pack.error.issues[0];
    return { rules: [], problems: [{ file, field: fieldOf('', issue).replace(/^\./, '') || '(file)', message: issue?.message ?? 'is not valid' }] };
  }
  const rules: CompiledRule[] = [];
  const seen = new Set<string>();
  pack.data.rules.forEach((raw, i) => {
    const res = buildRule(raw, pack.data.pack, `rules[${i}]`);
    if ('problem' in res) {
      problems.push({ file, ...res.problem });
      return;
    }
    if (seen.has(res.rule.id)) {
      problems.push({ file, field: `rules[${i}].id`, message: `“${res.rule.id}” appears twice in this pack` });
      return;
    }
    seen.add(res.rule.id);
    rules.push(res.rule);
  });
  return { rules, problems };
}

export { COMPANY_PACKS };

/**
 * Compiles pack files in the given order (core.json first, as loadRulePacks orders them).
 * Each rule keeps its pack name; problems name the file and field.
 */
export function compilePacks(files: readonly RulePackFile[]): LoadedPacks {
  const value: LoadedPacks = { rules: [], problems: [] };
  for (const f of files) {
    const one = parsePack(f.file, f.text);
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
