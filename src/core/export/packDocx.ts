// Writes a docx Document as the bytes of a .docx file: the docx library makes every part (its
// own compiler, the one Packer uses), Node's zlib deflates them and fflate writes the zip around
// them. Packer.toBuffer deflates with fflate's JavaScript DEFLATE, which in a one-shot CLI process
// runs uncompiled (export turns V8's optimiser off, see src/cli/processEntry.ts): 11-14 ms of a
// one-page export, against about 2 ms in zlib. The parts are the library's, byte for byte
// (tests/unit/export/packDocx.test.ts compares them with Packer's).
import { Packer } from 'docx';
import type { Document } from 'docx';
import { Zip } from 'fflate/browser';
import type { ZipInputFile } from 'fflate/browser';
import { crc32, deflateRawSync } from 'node:zlib';

/** The part of docx's Compiler used here: every part of the package, by its path in the zip. */
interface DocxCompiler {
  compile(file: Document): Map<string, string | Uint8Array | ArrayBuffer>;
}

/**
 * The docx library's compiler, the object Packer itself packs with. Packer keeps it as a private
 * static member (TypeScript's `private`, readable at run time); packDocx.test.ts fails if a
 * version of docx moves it.
 */
function compiler(): DocxCompiler {
  const c: unknown = (Packer as unknown as Record<string, unknown>)['compiler'];
  if (typeof c !== 'object' || c === null || typeof (c as { compile?: unknown }).compile !== 'function') {
    throw new Error('This version of the docx library has no Packer.compiler; packDocx needs updating.');
  }
  return c as DocxCompiler;
}

const encoder = new TextEncoder();

function bytesOf(data: string | Uint8Array | ArrayBuffer): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Every part of the package as bytes, in the order docx writes them (what Packer would zip). */
export function docxParts(doc: Document): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of compiler().compile(doc)) out.set(path, bytesOf(data));
  return out;
}

/**
 * A zip of `parts` (path -> bytes, in order), each entry deflated by zlib (method 8), modified at
 * `modified`. Throws if the zip writer reports an error (it would be a bug, not bad input).
 */
export function zipParts(parts: Map<string, Uint8Array>, modified: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const [filename, bytes] of parts) {
    const deflated = deflateRawSync(bytes);
    const entry: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: 8, mtime: modified };
    zip.add(entry);
    entry.ondata?.(null, deflated, true);
  }
  zip.end();
  if (failure) throw failure;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The .docx bytes of `doc`: docx's parts, deflated by zlib. */
export function packDocx(doc: Document, modified: Date = new Date()): Uint8Array {
  return zipParts(docxParts(doc), modified);
}
