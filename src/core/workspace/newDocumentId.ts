// Random, URL-safe document ids: 16 characters of [a-z0-9] (about 82 bits).
import crypto from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newDocumentId(): string {
  const bytes = crypto.randomBytes(16);
  let id = '';
  // 252 = 7 * 36: bytes >= 252 are redrawn so every character is equally likely.
  for (let i = 0; id.length < 16; i++) {
    const b = i < bytes.length ? bytes[i]! : crypto.randomBytes(1)[0]!;
    if (b < 252) id += ALPHABET[b % 36];
  }
  return id;
}
