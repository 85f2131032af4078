// The CLI sets its V8 flags only once the command's modules are loaded (processRun.ts): Node's
// built-in modules loaded after a flag change miss Node's code cache. runCommandLine reports the
// load before the command runs, and never for help, an unknown command or a loader that fails.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../../src/cli/runCommandLine';
import type { CliIo } from '../../../src/cli/cliIo';
import { oneShotFlags, underDefaultFlags } from '../../../src/cli/processRun';

function io(): CliIo {
  return { out: () => {}, err: () => {}, cwd: process.cwd(), env: {}, appRoot: process.cwd() };
}

describe('one-shot V8 flags', () => {
  it('runCommandLine calls `loaded` after the loader and before the command, once', async () => {
    const events: string[] = [];
    const commands = {
      export: async () => {
        events.push('load');
        return async () => {
          events.push('run');
          return 0;
        };
      },
      broken: async () => {
        events.push('load broken');
        throw new Error('cannot load');
      },
    };
    const loaded = (name: string) => events.push(`loaded ${name}`);
    expect(await runCommandLine(commands, ['export', 'a.md'], io(), loaded)).toBe(0);
    expect(events).toEqual(['load', 'loaded export', 'run']);
    events.length = 0;
    expect(await runCommandLine(commands, ['--help'], io(), loaded)).toBe(0);
    expect(await runCommandLine(commands, ['nope'], io(), loaded)).toBe(2);
    expect(await runCommandLine(commands, ['export', '--help'], io(), loaded)).toBe(0);
    expect(await runCommandLine(commands, ['broken'], io(), loaded)).toBe(3);
    expect(events).toEqual(['load broken']);
  });

  it('export runs without the optimizing compiler, every command without regex tier-up; every flag can be undone', () => {
    const cwd = path.resolve(import.meta.dirname, '..', '..', '..');
    expect(oneShotFlags(['export', 'a.md', '--format', 'docx'], cwd)).toEqual(['--no-regexp-tier-up', '--no-opt']);
    expect(oneShotFlags(['templates'], cwd)).toEqual(['--no-regexp-tier-up']);
    // A page-sized check also runs without regexp and function optimisations (checkV8Flags.ts).
    const check = oneShotFlags(['check', 'tests/fixtures/strong-brief.md'], cwd);
    expect(check).toEqual(['--no-regexp-tier-up', '--no-regexp-optimization', '--no-opt']);
    for (const flag of [...oneShotFlags(['export'], cwd), ...check]) expect(flag).toMatch(/^--no-[a-z-]+$/);
    // No flag was set in this process: compiling under the defaults changes nothing.
    expect(underDefaultFlags(() => 42)).toBe(42);
  });
});
