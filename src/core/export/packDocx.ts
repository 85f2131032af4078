// Writes a docx Document as the bytes of a .docx file: the docx library makes every part (its
// own compiler, the one Packer uses), Node's zlib deflates them and zipWriter (fflate's Zip)
// writes the archive. Packer.toBuffer deflates with fflate's JavaScript DEFLATE, which in a
// one-shot CLI process runs uncompiled (export turns V8's optimiser off, see
// src/cli/processEntry.ts): 11-14 ms of a one-page export. The parts are the library's, byte for
// byte (tests/unit/export/packDocx.test.ts compares them with Packer's). A docx version without
// the compiler is packed by Packer.toBuffer itself: the same parts, only slower.
import { Packer } from 'docx';
import type { Document } from 'docx';
import { packEntry, writeZip } from './zipWriter';
import type { PackedEntry } from './zipWriter';

/** The part of docx's Compiler used here: every part of the package, by its path in the zip. */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

/** What packDocx needs of docx's Packer: its public toBuffer, and the private compiler if any. */
export interface DocxPacker {
  toBuffer(file: Document): Promise<Uint8Array>;
}

/** A change to one part's content as docx wrote it (by its path in the zip), before it is packed. */
export type EditPart = (path: string, data: string | Uint8Array | ArrayBuffer) => string | Uint8Array | ArrayBuffer;

/** True when `packer` has docx's compiler, so packDocx can edit parts before they are packed. */
export function canEditParts(packer: DocxPacker): boolean {
  return compilerOf(packer) !== null;
}

/**
 * The docx library's compiler, the object Packer itself packs with, or null when this version of
 * docx has none. Packer keeps it as a private static member (TypeScript's `private`, readable at
 * run time); packDocx.test.ts checks that docx still has it.
 */
function compilerOf(packer: DocxPacker): DocxCompiler | null {
  const c: unknown = (packer as unknown as Record<string, unknown>)['compiler'];
  if (typeof c !== 'object' || c === null || typeof (c as { compile?: unknown }).compile !== 'function') return null;
  return c as DocxCompiler;
}

const encoder = new TextEncoder();

/**
 * Deflated parts by their text, for parts that repeat: a package holds six identical relationship
 * parts and two identical footers, and every package of a folder export the same theme, settings,
 * font table and notes. Bounded: at most CACHE_ENTRIES parts of at most CACHE_PART_CHARS each.
 */
const packedByText = new Map<string, PackedEntry>();
const CACHE_ENTRIES = 64;
const CACHE_PART_CHARS = 65536;

function packPart(data: string | Uint8Array | ArrayBuffer): PackedEntry {
  if (typeof data !== 'string') return packEntry(data instanceof Uint8Array ? data : new Uint8Array(data), 'deflate');
  const known = packedByText.get(data);
  if (known) return known;
  const packed = packEntry(encoder.encode(data), 'deflate');
  if (data.length <= CACHE_PART_CHARS && packedByText.size < CACHE_ENTRIES) packedByText.set(data, packed);
  return packed;
}

/**
 * Every part of the package as bytes, in the order docx writes them (what Packer would zip).
 * Throws if this version of docx has no Packer.compiler.
 */
export function docxParts(doc: Document): Map<string, Uint8Array> {
  const compiler = compilerOf(Packer);
  if (!compiler) throw new Error('This version of the docx library has no Packer.compiler.');
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of compiler.compile(doc)) out.set(path, typeof data === 'string' ? encoder.encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data));
  return out;
}

/**
 * The .docx bytes of `doc`: docx's parts, each deflated by zlib, modified at `modified`. `packer`
 * is docx's Packer (a test passes one without the compiler); without its compiler the package is
 * Packer.toBuffer's, entries timed at the moment of packing, and `edit` cannot apply (check with
 * canEditParts first). `edit` may change a part's content before it is packed.
 */
export async function packDocx(doc: Document, modified: Date = new Date(), packer: DocxPacker = Packer, edit?: EditPart): Promise<Uint8Array> {
  const compiler = compilerOf(packer);
  if (!compiler) {
    if (edit) throw new Error('This version of the docx library has no Packer.compiler: parts cannot be edited.');
    return new Uint8Array(await packer.toBuffer(doc));
  }
  const entries = [...compiler.compile(doc)].map(([name, data]) => ({ name, packed: packPart(edit ? edit(name, data) : data) }));
  return writeZip(entries, modified);
}
