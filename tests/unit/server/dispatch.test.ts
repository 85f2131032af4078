import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../src/shared/api';
import { DossierError } from '../../../src/core/errors';
import { dispatch } from '../../../src/node/dispatch';

const handlers = {
  'companies.get': async ({ slug }: { slug: string }) => ({ slug, seen: true }),
  'companies.list': async () => {
    throw new DossierError('locked', 'Another Dossier window is using this workspace.', { file: 'workspace.json' });
  },
  'dashboard.get': async () => {
    throw new TypeError('boom');
  },
} as unknown as Handlers;

describe('dispatch', () => {
  it('validates and calls the handler with the parsed request', async () => {
    expect(await dispatch(handlers, 'companies.get', { slug: 'acme' })).toEqual({ ok: true, data: { slug: 'acme', seen: true } });
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an unknown name', 'companies.drop'],
    ['a prototype key', '__proto__'],
    ['toString', 'toString'],
  ])('refuses %s as operation name with bad-request', async (_label, name) => {
    const result = await dispatch(handlers, name, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each([
    ['a wrong type', { slug: 7 }],
    ['an extra field', { slug: 'acme', extra: 1 }],
    ['a missing field', {}],
    ['a string payload', 'acme'],
  ])('refuses %s in the payload with bad-request', async (_label, payload) => {
    const result = await dispatch(handlers, 'companies.get', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('returns a DossierError as its payload', async () => {
    expect(await dispatch(handlers, 'companies.list', {})).toEqual({
      ok: false,
      error: { code: 'locked', message: 'Another Dossier window is using this workspace.', file: 'workspace.json' },
    });
  });

  it('hides unexpected errors, logs them, and never throws', async () => {
    const log = vi.fn();
    const result = await dispatch(handlers, 'dashboard.get', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(log).toHaveBeenCalledWith('dashboard.get', expect.any(TypeError));
  });

  it('says so when a known operation has no handler', async () => {
    expect(await dispatch(handlers, 'profiles.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
