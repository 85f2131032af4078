// The newest modification time under a path (node_modules and dot-folders skipped), used by
// `npm start` and `npm run web` to rebuild only when sources are newer than the build.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}
