// The URL hash as an external store for useSyncExternalStore. React compares the snapshot when
// it subscribes, so an address that changes between the first render and the subscription
// (a link opened while the app starts) is never missed. pushState/replaceState fire no
// hashchange, so the store's own navigation tells its listeners itself.

/** The parts of `window` the store uses (a fake in tests). */
export interface HashHost {
  location: { hash: string };
  history: { pushState(data: null, unused: string, url: string): void; replaceState(data: null, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export interface HashStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => string;
  /** Goes to `hash`; `replace` rewrites the current history entry instead of adding one. */
  go: (hash: string, replace: boolean) => void;
}

export function createHashStore(host: HashHost): HashStore {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      host.addEventListener('hashchange', listener);
      return () => {
        listeners.delete(listener);
        host.removeEventListener('hashchange', listener);
      };
    },
    getSnapshot: () => host.location.hash,
    go(hash, replace) {
      if (replace) host.history.replaceState(null, '', hash);
      else if (host.location.hash !== hash) host.history.pushState(null, '', hash);
      else return;
      for (const listener of [...listeners]) listener();
    },
  };
}
