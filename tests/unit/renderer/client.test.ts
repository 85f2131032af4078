import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/renderer/src/api/client';
import type { DesktopBridge } from '../../../src/shared/transport';
import { API_PREFIX, CSRF_HEADER } from '../../../src/shared/transport';

function bridge(answer: unknown): DesktopBridge & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    call: (name, req) => {
      calls.push([name, req]);
      return Promise.resolve(answer);
    },
    onCommand: () => () => undefined,
    reveal: () => Promise.resolve(null),
    openPath: () => Promise.resolve(null),
  };
}

describe('createClient', () => {
  it('uses the desktop bridge when present', async () => {
    const b = bridge({ ok: true, data: [] });
    const call = createClient(b, null);
    const result = await call('companies.list', {});
    expect(result).toEqual({ ok: true, data: [] });
    expect(b.calls).toEqual([['companies.list', {}]]);
  });

  it('posts JSON with the CSRF header in browser mode', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const call = createClient(null, (url, init) => {
      seen.push({ url, init });
      return Promise.resolve(
        new Response(JSON.stringify({ ok: true, data: { id: 'x' } }), { status: 200 }),
      );
    });
    const result = await call('documents.delete', { company: 'acme', id: 'x' });
    expect(result).toEqual({ ok: true, data: { id: 'x' } });
    expect(seen[0]?.url).toBe(`${API_PREFIX}documents.delete`);
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.credentials).toBe('same-origin');
    expect((seen[0]?.init.headers as Record<string, string>)[CSRF_HEADER]).toBe('1');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ company: 'acme', id: 'x' });
  });

  it('passes an error Result through unchanged', async () => {
    const error = { code: 'conflict', message: 'Changed elsewhere.' };
    const call = createClient(bridge({ ok: false, error }), null);
    expect(await call('workspace.info', {})).toEqual({ ok: false, error });
  });

  it('turns a network failure into an unavailable error instead of throwing', async () => {
    const call = createClient(null, () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await call('workspace.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
  });

  it('explains a lost session (401) in plain words', async () => {
    const call = createClient(null, () => Promise.resolve(new Response('no', { status: 401 })));
    const result = await call('workspace.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/npm run web/);
  });

  it('rejects an answer that is not a Result', async () => {
    const call = createClient(bridge('weird'), null);
    const result = await call('workspace.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
});
