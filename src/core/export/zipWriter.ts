// Writes a zip archive (PKWARE APPNOTE 6.3.x: local file headers, central directory, end record;
// no ZIP64, no data descriptors) from entries that are stored or deflated by Node's zlib. The
// one zip writer of Dossier: a .docx package (packDocx) and a folder of exports (zipFiles).
//
// Why not fflate's zipSync, which Dossier used before: fflate deflates in JavaScript, which a
// one-shot `dossier export` runs uncompiled (11-14 ms of a one-page DOCX), and building its
// DEFLATE tables when it loads costs more than this whole writer (3% of the export's
// instructions, measured with callgrind). zlib's deflate is native. The format needs no more than
// this file; the tests read its archives back with fflate, Python's zipfile and python-docx.
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
const encoder = new TextEncoder();

/** MS-DOS date and time (2-second steps, local time), clamped to the range they can hold (1980-2107). */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = at.getFullYear();
  if (Number.isNaN(year) || year < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
  };
}

/**
 * The archive of `entries`, in order, each modified at `modified`. Entries are given either as
 * bytes with a method, or already packed (`packed`). Throws a RangeError for what a zip without
 * ZIP64 cannot hold (more than 65,535 entries, an entry or archive of 4 GiB or more, a name over
 * 65,535 bytes) and an Error for two entries with one name.
 */
export function writeZip(entries: ReadonlyArray<{ name: string; packed: PackedEntry }>, modified: Date): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError(`A zip without ZIP64 holds at most 65,535 entries, not ${entries.length}.`);
  const { date, time } = dosDateTime(modified);
  const names = new Set<string>();
  const heads: Uint8Array[] = [];
  let offset = 0;
  let directorySize = 0;
  const offsets: number[] = [];
  for (const { name, packed } of entries) {
    if (names.has(name)) throw new Error(`Two entries named “${name}”.`);
    names.add(name);
    const nameBytes = encoder.encode(name);
    if (nameBytes.length > 0xffff) throw new RangeError(`The entry name “${name.slice(0, 40)}…” is too long for a zip.`);
    if (packed.size >= MAX_32 || packed.data.length >= MAX_32) throw new RangeError(`The entry “${name}” is too large for a zip without ZIP64.`);
    heads.push(nameBytes);
    offsets.push(offset);
    offset += 30 + nameBytes.length + packed.data.length;
    directorySize += 46 + nameBytes.length;
  }
  if (offset + directorySize + 22 >= MAX_32) throw new RangeError('The archive is too large for a zip without ZIP64.');

  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  // Fields every header repeats, from "version needed" on: version 2.0, bit 11 (UTF-8 names),
  // the method (0 stored, 8 deflated), time, date, CRC-32, compressed and original size, name length.
  const common = (at: number, packed: PackedEntry, nameLength: number): void => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, packed.method === 'deflate' ? 8 : 0, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, packed.crc, true);
    view.setUint32(at + 14, packed.data.length, true);
    view.setUint32(at + 18, packed.size, true);
    view.setUint16(at + 22, nameLength, true);
  };
  let at = 0;
  entries.forEach(({ packed }, i) => {
    const name = heads[i] as Uint8Array;
    view.setUint32(at, 0x04034b50, true); // local file header
    common(at + 4, packed, name.length);
    out.set(name, at + 30);
    out.set(packed.data, at + 30 + name.length);
    at += 30 + name.length + packed.data.length;
  });
  entries.forEach(({ packed }, i) => {
    const name = heads[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true); // central directory header
    view.setUint16(at + 4, 20, true); // made by: version 2.0, MS-DOS attributes
    common(at + 6, packed, name.length);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true); // end of central directory
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, offset, true);
  return out;
}

/** The archive of `entries`, each packed with its own method. See writeZip for errors. */
export function zipEntries(entries: readonly ZipWriterEntry[], modified: Date): Uint8Array {
  return writeZip(
    entries.map((e) => ({ name: e.name, packed: packEntry(e.bytes, e.method) })),
    modified,
  );
}
