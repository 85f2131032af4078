// Why a file, folder or stream could not be written, in plain words for a message such as
// "cannot write brief.docx: the disk is full." One reading of Node's errno codes for every caller
// (the CLI's export and its standard output).

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EROFS: 'the disk is read-only',
  EIO: 'the disk or device reported a read/write error',
  EFBIG: 'the file would be larger than this disk allows',
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENAMETOOLONG: 'the name is too long for this disk',
  EBADF: 'it is closed',
  EPIPE: 'the program reading it has stopped',
};

/**
 * The phrase that follows "cannot write PATH: " for a failed write. `err`: anything thrown; a
 * Node errno error (`code` such as 'ENOSPC') gets its plain reading, an unknown code is given as
 * is, and anything without a code reads "it could not be written".
 */
export function writeFailureReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  return REASONS[code] ?? (code || 'it could not be written');
}
