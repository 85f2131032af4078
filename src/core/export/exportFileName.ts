// Readable export file names: "Impact brief - Real-time fraud scoring - 2026-11-23.pdf".
// Characters that no file system accepts are replaced; the name never carries a path.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

function clean(part: string): string {
  return part.replace(FORBIDDEN, ' ').replace(/\.{2,}/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
}

export function exportFileName(templateName: string, title: string, isoDate: string, extension: string): string {
  const parts = [clean(templateName), clean(title)].filter((p, i, all) => p !== '' && all.indexOf(p) === i);
  let base = parts.join(' - ');
  if (base.length > 150) base = base.slice(0, 150).trim();
  base = base.replace(/[. ]+$/, '');
  return `${base === '' ? 'Document' : base} - ${isoDate}.${extension}`;
}

/** The n-th alternative of a taken name: "x.pdf" -> "x (2).pdf". */
export function numberedName(fileName: string, n: number): string {
  if (n <= 1) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}
