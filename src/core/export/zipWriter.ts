// Writes a zip archive with fflate's streaming Zip (a well-kept zip library, already a dependency)
// from entries that Node's zlib deflates or that are stored as they are. The one zip writer of
// Dossier: a .docx package (packDocx) and a folder of exports (zipFiles).
//
// fflate's own deflate is JavaScript, which a one-shot `dossier export` runs uncompiled (11-14 ms
// of a one-page DOCX), so entries reach fflate already deflated: zlib's deflateRawSync (native)
// and crc32, handed to Zip as custom ZipInputFile entries (fflate's documented way to add data it
// did not compress). fflate writes the headers, a data descriptor after each entry (its Zip
// streams) and the central directory. The tests read the archives back with fflate, Python's
// zipfile and python-docx.
import { Zip } from 'fflate/browser';
import type { ZipInputFile } from 'fflate/browser';
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipWriterEntry {
  /** The name inside the archive, '/' between folders; written as UTF-8. */
  name: string;
  bytes: Uint8Array;
  /** 'deflate' (zlib, level 6) or 'store' (as is: for data that is already compressed). */
  method: 'deflate' | 'store';
}

/** The compressed form of an entry, when the caller already has it (see packDocx's cache). */
export interface PackedEntry {
  crc: number;
  /** Raw DEFLATE data (no zlib header), or the bytes themselves for 'store'. */
  data: Uint8Array;
  method: 'deflate' | 'store';
  size: number;
}

/** Bytes of an entry as the archive holds them: CRC-32 of the original, and the (deflated) data. */
export function packEntry(bytes: Uint8Array, method: 'deflate' | 'store'): PackedEntry {
  return { crc: crc32(bytes), data: method === 'deflate' ? deflateRawSync(bytes) : bytes, method, size: bytes.length };
}

const MAX_32 = 0xffffffff;

/**
 * `at`, or the nearest time an MS-DOS date holds as fflate writes it: fflate refuses years
 * outside 1980-2099 (its error 10), so earlier times become 1980-01-01 00:00 and later ones
 * 2099-12-31 23:59:58 (local time, like the zip's own fields).
 */
function zipTime(at: Date): Date {
  const year = at.getFullYear();
  if (Number.isNaN(year) || year < 1980) return new Date(1980, 0, 1, 0, 0, 0);
  if (year > 2099) return new Date(2099, 11, 31, 23, 59, 58);
  return at;
}

/**
 * The archive of `entries`, in order, each modified at `modified`; the entries are packed already
 * (packEntry). Throws a RangeError for what a zip without ZIP64 cannot hold (more than 65,535
 * entries, an entry of 4 GiB or more, a name over 65,535 bytes), an Error for two entries with
 * one name, and fflate's error if it refuses an entry.
 */
export function writeZip(entries: ReadonlyArray<{ name: string; packed: PackedEntry }>, modified: Date): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError(`A zip without ZIP64 holds at most 65,535 entries, not ${entries.length}.`);
  const mtime = zipTime(modified);
  const names = new Set<string>();
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let length = 0;
  // fflate calls back synchronously: every chunk is here when end() returns.
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else {
      chunks.push(chunk);
      length += chunk.length;
    }
  });
  for (const { name, packed } of entries) {
    if (names.has(name)) throw new Error(`Two entries named “${name}”.`);
    names.add(name);
    if (Buffer.byteLength(name, 'utf8') > 0xffff) throw new RangeError(`The entry name “${name.slice(0, 40)}…” is too long for a zip.`);
    if (packed.size >= MAX_32 || packed.data.length >= MAX_32) throw new RangeError(`The entry “${name}” is too large for a zip without ZIP64.`);
    const entry: ZipInputFile = { filename: name, size: packed.size, crc: packed.crc, compression: packed.method === 'deflate' ? 8 : 0, mtime };
    zip.add(entry);
    // fflate's type asks for a non-shared buffer; the chunk only reaches our callback, which copies it.
    entry.ondata?.(null, packed.data as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  if (failure) throw failure;
  if (length >= MAX_32) throw new RangeError('The archive is too large for a zip without ZIP64.');
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The archive of `entries`, each packed with its own method. See writeZip for errors. */
export function zipEntries(entries: readonly ZipWriterEntry[], modified: Date): Uint8Array {
  return writeZip(
    entries.map((e) => ({ name: e.name, packed: packEntry(e.bytes, e.method) })),
    modified,
  );
}
