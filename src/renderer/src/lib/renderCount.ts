// Render counts per component, for tests that check a keystroke does not re-render what does not
// depend on the text. Off unless a test (or a developer, in the console) sets
// window.__dossierRenderCounts = {} before the editor opens; then each counted component adds 1 to
// its name's entry every time its function runs. Costs one property read per render when off.

declare global {
  interface Window {
    /** Component name -> times its render function ran; set by tests (tests/e2e/rubric.spec.ts). */
    __dossierRenderCounts?: Record<string, number>;
  }
}

/** Counts one render of `name` when window.__dossierRenderCounts is set; otherwise does nothing. */
export function countRender(name: string): void {
  const counts = typeof window === 'undefined' ? undefined : window.__dossierRenderCounts;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}
