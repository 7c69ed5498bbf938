/** Stable ids for every entity. Uses getRandomValues (not randomUUID) so the app also works when
 * served over plain http on a school LAN, where randomUUID is unavailable. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

export type Id = string

export function newId(length = 16): Id {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
