// Response compression for browser mode: the app's text assets (JS, CSS, HTML, JSON, SVG) are
// sent brotli- or gzip-compressed when the browser accepts it, compressed once per file version
// and kept in memory (the built app is a few hundred KB compressed); large API answers are
// compressed per response with fast settings. Node's zlib only, no dependency.
// Files are compressed on libuv's thread pool at a middle quality: the check worker's bundle is
// about 4 MB (the English model), and brotli's best quality on it blocked every other request
// for seconds (16 s on a loaded machine) when it ran on the request loop.
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map)$/i;
/** API bodies smaller than this go as they are: compressing them costs more than it saves on loopback. */
export const API_COMPRESS_MIN_BYTES = 16 * 1024;

/** The best encoding the request accepts (br, then gzip), or null. Honours q=0. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (q !== undefined && Number(q) === 0) continue;
    accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

export function compress(body: Buffer | string, encoding: Encoding, quality: 'fast' | 'best'): Buffer {
  if (encoding === 'gzip') return gzipSync(body, { level: quality === 'best' ? 9 : 4 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality === 'best' ? 11 : 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    },
  });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Compresses off the request loop (libuv's thread pool) at a quality that stays fast on megabytes. */
function compressFileBytes(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: 6 });
  return brotliAsync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

const cache = new Map<string, { stamp: string; bytes: Promise<Buffer> }>();

/**
 * The compressed bytes of a static file for this version of it (stamp: mtime and size), or null
 * when the file type is not worth compressing. Concurrent requests for one file share one
 * compression. Rejects when the file cannot be read (and forgets the failure).
 */
export function compressedFile(path: string, stamp: string, encoding: Encoding): Promise<Buffer> | null {
  if (!COMPRESSIBLE.test(path)) return null;
  const key = `${encoding}:${path}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.bytes;
  const bytes = readFile(path).then((body) => compressFileBytes(body, encoding));
  bytes.catch(() => {
    if (cache.get(key)?.bytes === bytes) cache.delete(key);
  });
  cache.set(key, { stamp, bytes });
  return bytes;
}
