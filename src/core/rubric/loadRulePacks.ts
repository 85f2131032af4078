// Reads the rule packs (resources/rubrics/*.json) and compiles them with rulePacks.ts. Results
// are cached by file modification times. A pack the CLI's build validated (prevalidated.ts) is
// only compiled, not read and validated again, while its file is unchanged. The pure parts are
// re-exported for existing callers.
import fs from 'node:fs';
import path from 'node:path';
import { compileValidatedPacks, validatePack } from './rulePacks';
import type { CompiledRule, LoadedPacks, RulePackFile, ValidatedPack } from './rulePacks';
import type { RulePackProblem } from './types';
import { DossierError } from '../errors';
import { fileStamps, jsonFilesIn } from '../fileStamps';
import { prevalidated, rememberValidated } from '../prevalidated';

export { COMPANY_PACKS, compilePacks, compileRule, parsePack, selectRules } from './rulePacks';
export type { CompiledRule, LoadedPacks, RulePackFile } from './rulePacks';

interface Loaded {
  key: string;
  dir: string;
  names: string[];
  /** The pack texts, once read (a prevalidated pack is not read unless readRulePackFiles asks). */
  files: RulePackFile[] | null;
  value: LoadedPacks;
}

let cached: Loaded | null = null;

function load(appRoot: string): Loaded {
  const dir = path.join(appRoot, 'resources', 'rubrics');
  const listed = jsonFilesIn(dir);
  // core.json first, then the others in jsonFilesIn's order (by code unit: no ICU collator to load).
  const names = [...(listed ?? []).filter((n) => n === 'core.json'), ...(listed ?? []).filter((n) => n !== 'core.json')];
  if (listed === null) {
    const problems = [{ file: 'resources/rubrics', field: '(folder)', message: 'the rule pack folder is missing' }];
    return { key: '', dir, names: [], files: [], value: { rules: [], problems } };
  }
  const stamps = fileStamps(dir, names);
  const key = `${dir}|${stamps.join('|')}`;
  if (cached && cached.key === key) return cached;
  const files: RulePackFile[] = [];
  let allRead = true;
  const validated: ValidatedPack[] = [];
  const failed: LoadedPacks['problems'] = [];
  names.forEach((n, i) => {
    const file = `resources/rubrics/${n}`;
    const abs = path.join(dir, n);
    const known = prevalidated<ValidatedPack>(file, stamps[i]!);
    if (known) {
      allRead = false;
      validated.push(known);
      return;
    }
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (err) {
      failed.push({ file, field: '(file)', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    files.push({ file, text });
    const v = validatePack(file, text);
    rememberValidated(file, stamps[i]!, v);
    validated.push(v);
  });
  const compiled = compileValidatedPacks(validated);
  cached = { key, dir, names, files: allRead ? files : null, value: { rules: compiled.rules, problems: [...failed, ...compiled.problems] } };
  return cached;
}

/** Every rule pack under <appRoot>/resources/rubrics, compiled. */
export function loadRulePacks(appRoot: string): LoadedPacks {
  return load(appRoot).value;
}

/** One problem of a rule pack on one line, as `dossier rules` prints it: "file: field: message". */
export function describePackProblem(p: RulePackProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`.replace(/\s*\n\s*/g, ' ');
}

/**
 * The compiled rules for checking a document, refusing while any built-in pack has a problem
 * (bad JSON, a bad shape, a rule that does not validate): with a pack or a rule missing, a check
 * would pass documents it should flag. Throws DossierError 'corrupt-file' whose one-line message
 * names the first problem's file (app-relative, e.g. resources/rubrics/core.json) and field, and
 * how many more problems there are.
 */
export function rulesForChecking(appRoot: string): CompiledRule[] {
  const { rules, problems } = loadRulePacks(appRoot);
  const first = problems[0];
  if (!first) return rules;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}; dossier rules lists them)` : '';
  throw new DossierError(
    'corrupt-file',
    `a built-in rule pack cannot be used, so no document is checked until it is fixed or Dossier is reinstalled: ${describePackProblem(first)}${more}`,
  );
}

/** The pack files' texts in load order, for a checker elsewhere (the editor's worker). */
export function readRulePackFiles(appRoot: string): RulePackFile[] {
  const loaded = load(appRoot);
  loaded.files ??= loaded.names.flatMap((n) => {
    try {
      return [{ file: `resources/rubrics/${n}`, text: fs.readFileSync(path.join(loaded.dir, n), 'utf8') }];
    } catch {
      return [];
    }
  });
  return loaded.files;
}
