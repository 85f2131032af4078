import { describe, expect, it } from 'vitest';
import { formatRoute, homeRedirect, parseRoute } from '../../../src/renderer/src/app/route';
import type { Route } from '../../../src/renderer/src/app/route';

describe('parseRoute / formatRoute', () => {
  const cases: [string, Route][] = [
    ['', { kind: 'home' }],
    ['#/', { kind: 'home' }],
    ['#/dashboard', { kind: 'dashboard' }],
    ['#/c/wells-fargo/documents', { kind: 'company', slug: 'wells-fargo', tab: 'documents' }],
    ['#/c/wells-fargo/loop', { kind: 'company', slug: 'wells-fargo', tab: 'loop' }],
    ['#/c/wells-fargo/nonsense', { kind: 'company', slug: 'wells-fargo', tab: 'documents' }],
    ['#/c/a%20b/d/doc%2F1', { kind: 'document', company: 'a b', id: 'doc/1' }],
    ['#/c/acme/d', { kind: 'company', slug: 'acme', tab: 'documents' }],
    ['#/c/%E0%A4%A', { kind: 'home' }],
    ['#/elsewhere', { kind: 'home' }],
  ];
  it.each(cases)('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips every kind of route', () => {
    const routes: Route[] = [
      { kind: 'dashboard' },
      { kind: 'company', slug: 'american-express', tab: 'compensation' },
      { kind: 'document', company: 'jp morgan', id: 'x/y?z' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });
});

describe('homeRedirect', () => {
  it('sends home to the first active folder', () => {
    expect(homeRedirect('#/', 'wells-fargo')).toEqual({ kind: 'company', slug: 'wells-fargo', tab: 'documents' });
    expect(homeRedirect('', 'wells-fargo')).toEqual({ kind: 'company', slug: 'wells-fargo', tab: 'documents' });
  });
  it('stays put when there is no folder yet', () => {
    expect(homeRedirect('#/', undefined)).toBeNull();
  });
  it('never overrides an address that already moved on', () => {
    expect(homeRedirect('#/c/acme/compensation', 'wells-fargo')).toBeNull();
    expect(homeRedirect('#/dashboard', 'wells-fargo')).toBeNull();
    expect(homeRedirect('#/c/acme/d/doc-1', 'wells-fargo')).toBeNull();
  });
});
