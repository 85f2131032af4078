// How V8 compiles a one-shot `dossier check` of a page: its regexes without V8's regexp
// optimisations, its functions without the optimizing compiler, chosen from the size of the file.
//
// A check compiles about 300 regexes (Markdown's grammar, the rule packs, the claim analysis) to
// machine code (--no-regexp-tier-up, processRun.ts) and runs most of them a few times over a
// page. V8's regexp optimisations (quick checks, Boyer-Moore look-ahead: the flag
// --regexp-optimization, on by default; V8 itself turns it off for a regex over 20 KB) make the
// compiled code faster but cost more to compile than a page saves: with them off, a check of the
// sample brief runs 9% fewer instructions (1,249 M -> 1,134 M, callgrind), with the same output.
// The optimised code pays for itself on longer text: the saving is 120 M instructions at 4 KB and
// 85 M at 16 KB, about even near 50 KB, 2% more at 64 KB, up to 80% more CPU at 1 MB (measured on
// the sample brief repeated). So the optimisations stay on past UNOPTIMISED_MAX_BYTES (a
// one- to three-page draft is 2-20 KB).
// Only the matching speed changes: a regex matches the same text with or without them
// (tests/unit/cli/checkV8Flags.test.ts checks the findings of every gold case both ways).
//
// The same holds for V8's optimizing compiler (TurboFan, --no-opt as `dossier export` already
// runs): in a process that lives a few hundred milliseconds it compiles, on a second thread,
// functions that have little left to run. Without it a check of the sample brief runs 2.5% fewer
// instructions (1,137 M -> 1,109 M), with a negated sentence 4% fewer (1,194 M -> 1,147 M), and
// still 6% fewer at 64 KB; a long document keeps it, where hot loops over thousands of sentences
// pay for it. Optimisation changes no result.
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseCheckArgs } from './checkArgs';

/** The largest file (bytes) a one-shot check runs without V8's regexp and function optimisations. */
export const UNOPTIMISED_MAX_BYTES = 32 * 1024;

/**
 * V8 flags for `dossier check` with `args` (the command line after "check") run in `cwd`:
 * ['--no-regexp-optimization', '--no-opt'] for a regular file of at most UNOPTIMISED_MAX_BYTES, else
 * none (also when the arguments or the file cannot be read: the command then says why).
 */
export function checkV8Flags(args: string[], cwd: string): string[] {
  let size: number;
  try {
    const file = parseCheckArgs(args).positionals[0];
    if (file === undefined) return [];
    const st = statSync(path.resolve(cwd, file));
    if (!st.isFile()) return [];
    size = st.size;
  } catch {
    return [];
  }
  return size <= UNOPTIMISED_MAX_BYTES ? ['--no-regexp-optimization', '--no-opt'] : [];
}
