// Loads and validates the built-in company profiles (resources/companies/*.json). A broken file is
// reported with its file name and the field at fault, and skipped; the others still load. A file
// the CLI's build validated (prevalidated.ts) is not read again while unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { CompanyProfileSchema } from './profileSchema';
import type { CompanyProfile, ProfileProblem } from './types';
import { parseJsonText } from '../workspace/jsonText';
import { fileStamps, jsonFilesIn } from '../fileStamps';
import { prevalidated, rememberValidated } from '../prevalidated';

export const PROFILES_DIR = path.join('resources', 'companies');

interface Cached {
  stamp: string;
  result: { profiles: CompanyProfile[]; problems: ProfileProblem[] };
}
const cache = new Map<string, Cached>();

function listFiles(dir: string): string[] {
  return jsonFilesIn(dir) ?? [];
}

/** One profile file's outcome: the profile, or what is wrong with it. */
type ProfileOutcome = { profile: CompanyProfile } | { problems: ProfileProblem[] };

function validateProfile(file: string, raw: unknown): ProfileOutcome {
  const parsed = CompanyProfileSchema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.'), message: issue.message })) };
  const expectedId = file.replace(/\.json$/, '');
  if (parsed.data.id !== expectedId) {
    return { problems: [{ file, field: 'id', message: `the id must match the file name (“${expectedId}”)` }] };
  }
  return { profile: parsed.data };
}

/** Reads and validates one profile file, unless the CLI's build did (and it is unchanged). */
function readProfile(dir: string, file: string, stamp: string): ProfileOutcome {
  const abs = path.join(dir, file);
  const key = path.join(PROFILES_DIR, file);
  const known = prevalidated<ProfileOutcome>(key, stamp);
  if (known) return known;
  let raw: unknown;
  try {
    raw = parseJsonText(fs.readFileSync(abs, 'utf8'));
  } catch (err) {
    const reason = err instanceof SyntaxError ? err.message : 'it could not be read';
    return { problems: [{ file, field: '', message: `This profile is not valid JSON (${reason}).` }] };
  }
  const outcome = validateProfile(file, raw);
  rememberValidated(key, stamp, outcome);
  return outcome;
}

export function loadProfiles(appRoot: string): {
  profiles: CompanyProfile[];
  problems: ProfileProblem[];
} {
  const dir = path.join(appRoot, PROFILES_DIR);
  const files = listFiles(dir);
  const stamps = fileStamps(dir, files);
  const stamp = stamps.join('|');
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.result;

  const profiles: CompanyProfile[] = [];
  const problems: ProfileProblem[] = [];
  files.forEach((file, i) => {
    const outcome = readProfile(dir, file, stamps[i]!);
    if ('profile' in outcome) profiles.push(outcome.profile);
    else problems.push(...outcome.problems);
  });
  const result = { profiles, problems };
  cache.set(dir, { stamp, result });
  return result;
}

/** The profile with this id, or null (unknown id, or its file is broken). */
export function findProfile(appRoot: string, id: string | null): CompanyProfile | null {
  if (!id) return null;
  return loadProfiles(appRoot).profiles.find((p) => p.id === id) ?? null;
}
