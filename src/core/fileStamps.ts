// Cheap change detection for folders of data files (templates, rule packs, profiles, question
// banks): a file's name, modification time and size, so a cache is rebuilt only when one changes.
import fs from 'node:fs';
import path from 'node:path';

/** "name:mtimeMs:size" for each of `names` in `dir` ("name:gone" for one that vanished meanwhile). */
export function fileStamps(dir: string, names: string[]): string[] {
  return names.map((name) => {
    try {
      const st = fs.statSync(path.join(dir, name));
      return `${name}:${st.mtimeMs}:${st.size}`;
    } catch {
      return `${name}:gone`;
    }
  });
}
