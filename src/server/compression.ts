// Response compression for browser mode: the app's text assets (JS, CSS, HTML, JSON, SVG) are
// sent brotli- or gzip-compressed when the browser accepts it, compressed once per file version
// and kept in memory (the built app is a few hundred KB compressed); large API answers are
// compressed per response with fast settings. Node's zlib only, no dependency.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

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

const cache = new Map<string, { stamp: string; bytes: Buffer }>();

/**
 * The compressed bytes of a static file for this version of it (stamp: mtime and size), or null
 * when the file type is not worth compressing. Throws when the file cannot be read.
 */
export function compressedFile(path: string, stamp: string, encoding: Encoding): Buffer | null {
  if (!COMPRESSIBLE.test(path)) return null;
  const key = `${encoding}:${path}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.bytes;
  const bytes = compress(readFileSync(path), encoding, 'best');
  cache.set(key, { stamp, bytes });
  return bytes;
}
