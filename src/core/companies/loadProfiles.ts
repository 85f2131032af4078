// Loads and validates the built-in company profiles (resources/companies/*.json). A broken file is
// reported with its file name and the field at fault, and skipped; the others still load.
import fs from 'node:fs';
import path from 'node:path';
import { CompanyProfileSchema } from './profileSchema';
import type { CompanyProfile, ProfileProblem } from './types';
import { parseJsonText } from '../workspace/jsonText';
import { fileStamps, jsonFilesIn } from '../fileStamps';

export const PROFILES_DIR = path.join('resources', 'companies');

interface Cached {
  stamp: string;
  result: { profiles: CompanyProfile[]; problems: ProfileProblem[] };
}
const cache = new Map<string, Cached>();

function listFiles(dir: string): string[] {
  return jsonFilesIn(dir) ?? [];
}

function stampOf(dir: string, files: string[]): string {
  return fileStamps(dir, files).join('|');
}

export function loadProfiles(appRoot: string): {
  profiles: CompanyProfile[];
  problems: ProfileProblem[];
} {
  const dir = path.join(appRoot, PROFILES_DIR);
  const files = listFiles(dir);
  const stamp = stampOf(dir, files);
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.result;

  const profiles: CompanyProfile[] = [];
  const problems: ProfileProblem[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = parseJsonText(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (err) {
      const reason = err instanceof SyntaxError ? err.message : 'it could not be read';
      problems.push({ file, field: '', message: `This profile is not valid JSON (${reason}).` });
      continue;
    }
    const parsed = CompanyProfileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, field: issue.path.join('.'), message: issue.message });
      }
      continue;
    }
    const expectedId = file.replace(/\.json$/, '');
    if (parsed.data.id !== expectedId) {
      problems.push({
        file,
        field: 'id',
        message: `the id must match the file name (“${expectedId}”)`,
      });
      continue;
    }
    profiles.push(parsed.data);
  }
  const result = { profiles, problems };
  cache.set(dir, { stamp, result });
  return result;
}

/** The profile with this id, or null (unknown id, or its file is broken). */
export function findProfile(appRoot: string, id: string | null): CompanyProfile | null {
  if (!id) return null;
  return loadProfiles(appRoot).profiles.find((p) => p.id === id) ?? null;
}
