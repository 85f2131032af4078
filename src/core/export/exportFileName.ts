// Readable export file names: "Impact brief - Real-time fraud scoring - 2026-11-23.pdf".
// Characters that no file system accepts are replaced, spoofing characters removed (see
// fileNameLimits), and the name never carries a path. Long titles are cut to the platform's
// name limit (255 UTF-8 bytes, or 255 UTF-16 units on Windows) at a grapheme boundary, always
// keeping the date, the extension and room for a " (n)" counter.
import { currentNamePlatform, fitName, withoutSpoofing } from '../workspace/fileNameLimits';
import type { NamePlatform } from '../workspace/fileNameLimits';

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** Room kept for the " (n)" that writeExportFile adds when a name is taken, up to " (9999)". */
const COUNTER_RESERVE = ' (9999)'.length;

function clean(part: string): string {
  return withoutSpoofing(part)
    .replace(FORBIDDEN, ' ')
    .replace(/\.{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
}

/**
 * "<template> - <title> - <isoDate>.<extension>", safe on every file system and at most 255 units
 * long on `platform` (default: this machine's) with room left for a " (n)" counter.
 */
export function exportFileName(
  templateName: string,
  title: string,
  isoDate: string,
  extension: string,
  platform: NamePlatform = currentNamePlatform(),
): string {
  const parts = [clean(templateName), clean(title)].filter((p, i, all) => p !== '' && all.indexOf(p) === i);
  const suffix = ` - ${clean(isoDate)}.${clean(extension)}`;
  let base = fitName(parts.join(' - '), suffix, platform, COUNTER_RESERVE);
  base = base.replace(/[. ]+$/, '').replace(/ -$/, '').trimEnd();
  return `${base === '' ? 'Document' : base}${suffix}`;
}

/** The n-th alternative of a taken name: "x.pdf" -> "x (2).pdf". */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}
