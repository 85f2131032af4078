import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../../src/server/parseServerArgs';

describe('parseServerArgs', () => {
  it('has safe defaults: random port on 127.0.0.1, no sample, no browser', () => {
    expect(parseServerArgs([])).toEqual({
      ok: true,
      args: { workspace: null, port: 0, host: '127.0.0.1', staticDir: null, sample: false, open: false, help: false },
    });
  });

  it('reads every option, with spaces or =', () => {
    const parsed = parseServerArgs(['--workspace', '/tmp/w', '--port=4100', '--open', '--sample', '--host', 'localhost']);
    expect(parsed).toMatchObject({ ok: true, args: { workspace: '/tmp/w', port: 4100, open: true, sample: true, host: 'localhost' } });
  });

  it('takes --no-open and --no-sample, and the sample default from the caller', () => {
    expect(parseServerArgs(['--open', '--no-open'])).toMatchObject({ ok: true, args: { open: false } });
    expect(parseServerArgs([], { sample: true })).toMatchObject({ ok: true, args: { sample: true } });
    expect(parseServerArgs(['--no-sample'], { sample: true })).toMatchObject({ ok: true, args: { sample: false } });
    expect(parseServerArgs(['--no-sample', '--sample'])).toMatchObject({ ok: true, args: { sample: true } });
  });

  it.each([
    [['--port', 'abc'], '--port'],
    [['--port', '70000'], '--port'],
    [['--port', '-1'], '--port'],
    [['--port'], '--port'],
    [['--workspace'], '--workspace'],
    [['--host', '0.0.0.0'], 'this computer'],
    [['--frobnicate'], 'Unknown option'],
    [['stray'], 'Unknown option'],
  ])('refuses %j with a clear message', (argv, fragment) => {
    const parsed = parseServerArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(fragment);
  });
});
