// Which script the desktop app's worker threads run. The desktop build bundles the worker
// (src/node/offload/heavyWorker.ts) as heavyWorker.js beside the main bundle (electron.vite.config.ts),
// so a packaged app runs it without tsx or TypeScript sources. Run from the sources (tests,
// development), there is no such file and the pool's own entry (heavyWorker.mjs through tsx) is used.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built worker beside the module at `mainUrl`, or null when it is not there. */
export function heavyWorkerEntry(mainUrl: string, exists: (path: string) => boolean = existsSync): URL | null {
  const built = new URL('./heavyWorker.js', mainUrl);
  return built.protocol === 'file:' && exists(fileURLToPath(built)) ? built : null;
}
