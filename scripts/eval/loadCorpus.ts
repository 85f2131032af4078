// Reads gold cases from JSONL files: one JSON object per non-blank line. A line that is not JSON
// or does not match the case schema is reported with its file and line; nothing is skipped.
import fs from 'node:fs';
import path from 'node:path';
import { goldCaseSchema } from './corpusSchema';
import type { GoldCase } from './corpusSchema';

export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

export interface LoadedCorpus {
  cases: GoldCase[];
  /** The file each case came from (same order as cases), relative to the folder read. */
  files: string[];
  problems: CorpusProblem[];
}

/** Parses one JSONL text. `file` is only used in problem reports. */
export function parseCorpusText(file: string, text: string): LoadedCorpus {
  const cases: GoldCase[] = [];
  const files: string[] = [];
  const problems: CorpusProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problems.push({
        file,
        line: i + 1,
        message: `not JSON: ${err instanceof Error ? err.message : String(err)}`,
      });
      return;
    }
    const parsed = goldCaseSchema.safeParse(value);
    if (!parsed.success) {
      const id =
        typeof value === 'object' && value !== null && 'id' in value
          ? ` (${String((value as { id: unknown }).id)})`
          : '';
      problems.push({
        file,
        line: i + 1,
        message: `invalid case${id}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'case'}: ${x.message}`).join('; ')}`,
      });
      return;
    }
    cases.push(parsed.data);
    files.push(file);
  });
  return { cases, files, problems };
}

/** Every `*.jsonl` file under `dir` (sorted, recursive), or the one file when `dir` is a file. */
export function loadCorpus(dir: string): LoadedCorpus {
  const out: LoadedCorpus = { cases: [], files: [], problems: [] };
  const stat = fs.statSync(dir);
  const paths = stat.isFile()
    ? [dir]
    : (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((p) => p.endsWith('.jsonl'))
        .sort()
        .map((p) => path.join(dir, p));
  for (const p of paths) {
    const rel = stat.isFile() ? path.basename(p) : path.relative(dir, p);
    const one = parseCorpusText(rel, fs.readFileSync(p, 'utf8'));
    out.cases.push(...one.cases);
    out.files.push(...one.files);
    out.problems.push(...one.problems);
  }
  const seen = new Set<string>();
  out.cases.forEach((c, i) => {
    if (seen.has(c.id))
      out.problems.push({
        file: out.files[i] ?? '',
        line: 0,
        message: `duplicate case id ${c.id}`,
      });
    seen.add(c.id);
  });
  return out;
}
