/** Random ids for entities made on any device: 16 url-safe characters (~95 bits), enough never to collide. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newId(length = 16): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}
