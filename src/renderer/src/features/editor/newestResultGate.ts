// Keeps an older check's result from replacing a newer one on screen. Checks may finish out of
// order: a worker reply still on its way when a later key was checked on the main thread in its
// own task. Each check takes a number when it reads the text; a result is shown only if no check
// that read the text later has been shown already.
export interface ResultGate {
  /** Numbers a check; call when it reads the text. */
  issue: () => number;
  /** True (and records it as shown) when the result of check `n` may be shown. */
  accept: (n: number) => boolean;
}

export function createResultGate(): ResultGate {
  let issued = 0;
  let shown = 0;
  return {
    issue: () => ++issued,
    accept: (n) => {
      if (n < shown) return false;
      shown = n;
      return true;
    },
  };
}
