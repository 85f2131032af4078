// `npm run web -- …` checks its arguments with the server's parser before anything is built or
// started: a bad one costs one line on stderr and exit 2, not a whole renderer build first.
import { describe, expect, it } from 'vitest';
import { launchWeb } from '../../../src/server/webLauncher';
import type { WebLauncherEffects } from '../../../src/server/webLauncher';

function fakes(opts: { stale?: boolean; buildOk?: boolean } = {}) {
  const log = { built: 0, started: [] as string[][], out: '', err: '' };
  const effects: WebLauncherEffects = {
    rendererIsStale: () => opts.stale ?? true,
    buildRenderer: () => {
      log.built++;
      return opts.buildOk ?? true;
    },
    startServer: (args) => log.started.push(args),
    out: (t) => (log.out += t),
    err: (t) => (log.err += t),
  };
  return { effects, log };
}

describe('launchWeb', () => {
  it.each([
    [['--frobnicate'], 'Unknown option “--frobnicate”'],
    [['--no-opn'], 'Unknown option “--no-opn”'],
    [['--port', 'abc'], '--port needs a whole number'],
    [['--workspace'], '--workspace needs a folder'],
    [['--host', '0.0.0.0'], 'only listens on this computer'],
    [['stray'], 'Unknown option “stray”'],
  ])('refuses %j in one line, before building or starting anything', (argv, fragment) => {
    const { effects, log } = fakes({ stale: true });
    expect(launchWeb(argv, effects)).toBe(2);
    expect(log.err).toContain(fragment);
    expect(log.err.trimEnd().split('\n')).toHaveLength(1);
    expect(log.built).toBe(0);
    expect(log.started).toEqual([]);
    expect(log.out).toBe('');
  });

  it('prints the options for --help without building or starting', () => {
    const { effects, log } = fakes({ stale: true });
    expect(launchWeb(['--help'], effects)).toBe(0);
    expect(log.out).toContain('--workspace DIR');
    expect(log.out).toContain('--no-sample');
    expect(log.built).toBe(0);
    expect(log.started).toEqual([]);
  });

  it.each([
    [[], ['--sample']],
    [['--no-open'], ['--no-open', '--sample']],
    [['--no-sample', '--port', '4100'], ['--port', '4100']],
    [['--workspace', '/tmp/w', '--open', '--sample'], ['--workspace', '/tmp/w', '--open', '--sample']],
  ])('starts the server for %j with %j (the sample unless --no-sample)', (argv, serverArgs) => {
    const { effects, log } = fakes({ stale: false });
    expect(launchWeb(argv, effects)).toBeNull();
    expect(log.built).toBe(0);
    expect(log.started).toEqual([serverArgs]);
  });

  it('builds a stale renderer first, and stops with exit 1 when the build fails', () => {
    const ok = fakes({ stale: true });
    expect(launchWeb([], ok.effects)).toBeNull();
    expect(ok.log.built).toBe(1);
    expect(ok.log.started).toHaveLength(1);
    const failed = fakes({ stale: true, buildOk: false });
    expect(launchWeb([], failed.effects)).toBe(1);
    expect(failed.log.err).toContain('could not be built');
    expect(failed.log.started).toEqual([]);
  });
});
