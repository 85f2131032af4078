// Loads and validates the built-in question banks (resources/questions/*.json), the way templates
// and rule packs load: a broken file or question is reported with its file and field and skipped;
// the rest still load, and the app keeps running. Cached by the files' modification times.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { BankFile, BankQuestion } from './questionSchema';
import type { QuestionProblem } from './questionSchema';
import { parseJsonText } from '../workspace/jsonText';
import { fileStamps, jsonFilesIn } from '../fileStamps';

export const QUESTIONS_DIR = path.join('resources', 'questions');

/** What a bank is checked against: each profile's round ids, and the template ids that exist. */
export interface BankReferences {
  /** profile id -> every round id of its loops. */
  rounds: Map<string, Set<string>>;
  templates: Set<string>;
}

export interface LoadedBanks {
  /** profile id -> its questions, in file order. */
  banks: Map<string, BankQuestion[]>;
  problems: QuestionProblem[];
}

function fieldOf(prefix: (string | number)[], issue: z.core.$ZodIssue | undefined): string {
  return [...prefix, ...(issue?.path ?? [])].map(String).join('.') || '(file)';
}

/**
 * Parses one bank file's text. Returns the questions that validate and one problem per question
 * (or file) that does not: bad JSON, an unknown profile, a missing or malformed field, a round the
 * profile does not have, a template that does not exist, or an id used twice.
 */
export function parseBankFile(
  file: string,
  text: string,
  refs: BankReferences,
): { profile: string | null; questions: BankQuestion[]; problems: QuestionProblem[] } {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (err) {
    return {
      profile: null,
      questions: [],
      problems: [{ file, field: '(file)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }],
    };
  }
  const shell = BankFile.safeParse(json);
  if (!shell.success) {
    const issue = shell.error.issues[0];
    return { profile: null, questions: [], problems: [{ file, field: fieldOf([], issue), message: issue?.message ?? 'is not valid' }] };
  }
  const { profile, questions: raw } = shell.data;
  const rounds = refs.rounds.get(profile);
  if (!rounds) {
    return {
      profile: null,
      questions: [],
      problems: [{ file, field: 'profile', message: `“${profile}” is not a company profile (known: ${[...refs.rounds.keys()].join(', ')})` }],
    };
  }
  const questions: BankQuestion[] = [];
  const problems: QuestionProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const at = ['questions', i];
    const parsed = BankQuestion.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        problems.push({ file, field: fieldOf(at, issue), message: missing ? 'is missing' : issue.message });
      }
      return;
    }
    const q = parsed.data;
    const bad: QuestionProblem[] = [];
    q.rounds.forEach((r, j) => {
      if (!rounds.has(r)) bad.push({ file, field: `questions.${i}.rounds.${j}`, message: `“${r}” is not a round of the ${profile} profile` });
    });
    if (!refs.templates.has(q.template)) {
      bad.push({ file, field: `questions.${i}.template`, message: `there is no template “${q.template}”` });
    }
    if (seen.has(q.id)) bad.push({ file, field: `questions.${i}.id`, message: `“${q.id}” is used twice in this bank` });
    seen.add(q.id);
    if (bad.length > 0) {
      problems.push(...bad);
      return;
    }
    questions.push(q);
  });
  return { profile, questions, problems };
}

let cache: { key: string; value: LoadedBanks } | null = null;

/** Every bank under <appRoot>/resources/questions, validated against `refs`. */
export function loadQuestionBanks(appRoot: string, refs: BankReferences): LoadedBanks {
  const dir = path.join(appRoot, QUESTIONS_DIR);
  const names = jsonFilesIn(dir);
  if (names === null) {
    return { banks: new Map(), problems: [{ file: 'resources/questions', field: '(folder)', message: 'the question bank folder is missing' }] };
  }
  const stamps = fileStamps(dir, names);
  const refKey = [...refs.rounds.entries()].map(([p, r]) => `${p}=${[...r].join(',')}`).join(';') + `|${[...refs.templates].join(',')}`;
  const key = `${dir}|${stamps.join('|')}|${refKey}`;
  if (cache && cache.key === key) return cache.value;
  const value: LoadedBanks = { banks: new Map(), problems: [] };
  for (const n of names) {
    const file = `resources/questions/${n}`;
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, n), 'utf8');
    } catch (err) {
      value.problems.push({ file, field: '(file)', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const one = parseBankFile(file, text, refs);
    value.problems.push(...one.problems);
    if (one.profile) value.banks.set(one.profile, [...(value.banks.get(one.profile) ?? []), ...one.questions]);
  }
  cache = { key, value };
  return value;
}
