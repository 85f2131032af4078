// Reads the rule packs (resources/rubrics/*.json) and compiles them with rulePacks.ts. Results
// are cached by file modification times. The pure parts are re-exported for existing callers.
import fs from 'node:fs';
import path from 'node:path';
import { compilePacks } from './rulePacks';
import type { LoadedPacks, RulePackFile } from './rulePacks';
import { fileStamps, jsonFilesIn } from '../fileStamps';

export { COMPANY_PACKS, compilePacks, compileRule, parsePack, selectRules } from './rulePacks';
export type { CompiledRule, LoadedPacks, RulePackFile } from './rulePacks';

let cached: { key: string; files: RulePackFile[]; failed: LoadedPacks['problems']; value: LoadedPacks } | null = null;

function load(appRoot: string): NonNullable<typeof cached> {
  const dir = path.join(appRoot, 'resources', 'rubrics');
  const listed = jsonFilesIn(dir);
  const names = (listed ?? []).slice().sort((a, b) => (a === 'core.json' ? -1 : b === 'core.json' ? 1 : a.localeCompare(b)));
  if (listed === null) {
    const problems = [{ file: 'resources/rubrics', field: '(folder)', message: 'the rule pack folder is missing' }];
    return { key: '', files: [], failed: problems, value: { rules: [], problems } };
  }
  const stamps = fileStamps(dir, names);
  const key = `${dir}|${stamps.join('|')}`;
  if (cached && cached.key === key) return cached;
  const files: RulePackFile[] = [];
  const failed: LoadedPacks['problems'] = [];
  for (const n of names) {
    const file = `resources/rubrics/${n}`;
    try {
      files.push({ file, text: fs.readFileSync(path.join(dir, n), 'utf8') });
    } catch (err) {
      failed.push({ file, field: '(file)', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  const compiled = compilePacks(files);
  cached = { key, files, failed, value: { rules: compiled.rules, problems: [...failed, ...compiled.problems] } };
  return cached;
}

/** Every rule pack under <appRoot>/resources/rubrics, compiled. */
export function loadRulePacks(appRoot: string): LoadedPacks {
  return load(appRoot).value;
}

/** The pack files' texts in load order, for a checker elsewhere (the editor's worker). */
export function readRulePackFiles(appRoot: string): RulePackFile[] {
  return load(appRoot).files;
}
