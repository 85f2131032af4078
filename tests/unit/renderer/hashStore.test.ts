import { describe, expect, it } from 'vitest';
import { createHashStore } from '../../../src/renderer/src/app/hashStore';
import type { HashHost } from '../../../src/renderer/src/app/hashStore';

/** A window stand-in: history writes set the hash silently, like the real history API. */
function fakeHost(initial: string) {
  const target = new EventTarget();
  const entries: string[] = [initial];
  const host: HashHost & { browse: (hash: string) => void; entries: string[] } = {
    location: { hash: initial },
    history: {
      pushState: (_d, _u, url) => {
        entries.push(url);
        host.location.hash = url;
      },
      replaceState: (_d, _u, url) => {
        entries[entries.length - 1] = url;
        host.location.hash = url;
      },
    },
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    removeEventListener: (type, listener) => target.removeEventListener(type, listener),
    /** The user (or a link) changes the address: the browser fires hashchange. */
    browse(hash) {
      host.location.hash = hash;
      target.dispatchEvent(new Event('hashchange'));
    },
    entries,
  };
  return host;
}

describe('createHashStore', () => {
  it('reads the address as it is now, even if it changed before anyone subscribed', () => {
    const host = fakeHost('#/');
    const store = createHashStore(host);
    host.location.hash = '#/c/acme/compensation';
    expect(store.getSnapshot()).toBe('#/c/acme/compensation');
  });

  it('tells subscribers about address changes from the browser', () => {
    const host = fakeHost('#/');
    const store = createHashStore(host);
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.getSnapshot()));
    host.browse('#/dashboard');
    stop();
    host.browse('#/c/acme/loop');
    expect(seen).toEqual(['#/dashboard']);
  });

  it('tells subscribers about its own navigation, which fires no hashchange', () => {
    const host = fakeHost('#/');
    const store = createHashStore(host);
    let calls = 0;
    store.subscribe(() => calls++);
    store.go('#/c/acme/documents', false);
    expect(store.getSnapshot()).toBe('#/c/acme/documents');
    expect(host.entries).toEqual(['#/', '#/c/acme/documents']);
    store.go('#/c/acme/loop', true);
    expect(host.entries).toEqual(['#/', '#/c/acme/loop']);
    expect(calls).toBe(2);
  });

  it('adds no history entry and no notice when going where it already is', () => {
    const host = fakeHost('#/dashboard');
    const store = createHashStore(host);
    let calls = 0;
    store.subscribe(() => calls++);
    store.go('#/dashboard', false);
    expect(host.entries).toEqual(['#/dashboard']);
    expect(calls).toBe(0);
  });
});
