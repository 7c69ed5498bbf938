/**
 * Which encoding a teacher's table file is in. Files come from Excel («CSV UTF-8», «Unicode text» =
 * UTF-16, plain «CSV» = Windows-1251 on a Russian Windows), from old DOS programs (CP866) and from
 * Linux or mail (KOI8-R). Kazakh letters (ә ғ қ ң ө ұ ү һ) exist only in the Unicode encodings.
 *
 * Unicode is recognised by its structure: a byte-order mark, zero bytes in every other place (UTF-16
 * without a mark), or bytes that form valid UTF-8. The three one-byte Cyrillic encodings all decode any
 * byte, so each decoding is scored against Russian letter frequencies instead; a wrong one shows box
 * drawing, Serbian or punctuation characters in words, or capitals inside words (KOI8-R and Windows-1251
 * hold the same letters in swapped halves). When no decoding reads as Russian, the file is refused.
 * A hand-written scorer (about 1 kB) instead of chardet: chardet knows no CP866 and adds ~20 kB.
 */

export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1251', 'ibm866', 'koi8-r'] as const
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number]

/** Names teachers know from Excel's and Notepad's save dialogs. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
  ibm866: 'CP866 (DOS)',
  'koi8-r': 'KOI8-R',
}

export type Detected = { encoding: TextEncodingName; text: string } | { encoding: null; text: '' }

/** Russian letter frequencies per 1,000 letters (і: Kazakh in Windows-1251 often keeps it). */
const FREQUENCY: Record<string, number> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30, п: 28, у: 26, я: 20,
  ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6, ц: 5, щ: 4, э: 3, ф: 3, ъ: 0.4, ё: 0.4, і: 3,
}
const LOG_FREQUENCY = new Map(Object.entries(FREQUENCY).map(([letter, f]) => [letter, Math.log(f / 1000)]))
/** Non-ASCII characters at home in Russian text that are not letters. */
const PUNCTUATION = new Set('\u00a0«»–—“”„…№°±·’‘•')
const SINGLE_BYTE = ['windows-1251', 'ibm866', 'koi8-r'] as const

/** @default thresholds of a plausible decoding, found on the shipped curriculum texts and on mojibake. */
const MIN_MEAN_LOG = -3.5
const MAX_STRANGE_SHARE = 0.05

export interface Plausibility {
  /** Mean natural log of the letters' Russian frequency: about −3.1 for Russian text, −3.6 and lower for mojibake. */
  meanLog: number
  /** Share of non-ASCII characters that are neither Russian letters nor Russian punctuation, or that touch a Latin letter. */
  strange: number
  /** Share of Russian letters that are capitals right after another letter (all-caps words, or KOI8-R read as Windows-1251). */
  capitalsInside: number
  score: number
}

const isLatin = (char: string) => /[A-Za-z]/.test(char)

/** How much a decoded text reads like Russian (only its non-ASCII characters count). */
export function plausibility(text: string): Plausibility {
  let letters = 0
  let logSum = 0
  let nonAscii = 0
  let strange = 0
  let capitalsInside = 0
  let previous: 'none' | 'latin' | 'cyrillic' = 'none'
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      if (isLatin(char) && previous === 'cyrillic') strange++ // «comprйhension»: Latin-1 read as Cyrillic
      previous = isLatin(char) ? 'latin' : 'none'
      continue
    }
    nonAscii++
    const small = char.toLowerCase()
    const log = LOG_FREQUENCY.get(small)
    if (log === undefined) {
      if (!PUNCTUATION.has(char)) strange++
      previous = 'none'
      continue
    }
    letters++
    logSum += log
    if (previous === 'latin') strange++
    if (small !== char && previous === 'cyrillic') capitalsInside++
    previous = 'cyrillic'
  }
  const meanLog = letters ? logSum / letters : -Infinity
  const strangeShare = nonAscii ? Math.min(1, strange / nonAscii) : 0
  const capitalsShare = letters ? capitalsInside / letters : 0
  return { meanLog, strange: strangeShare, capitalsInside: capitalsShare, score: meanLog - 10 * strangeShare - capitalsShare }
}

function isPlausible(p: Plausibility): boolean {
  return p.meanLog >= MIN_MEAN_LOG && p.strange <= MAX_STRANGE_SHARE
}

/** UTF-16 without a mark: ASCII (digits, tabs, line ends of a table) leaves a zero byte in every pair. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2)
  if (pairs < 2) return null
  let zeroOdd = 0
  let zeroEven = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++
    if (bytes[i + 1] === 0) zeroOdd++
  }
  // text files have no zero bytes at all; a Kazakh table in UTF-16 still has its codes and tabs
  if (zeroOdd >= Math.max(2, pairs * 0.02) && zeroEven <= zeroOdd / 10) return 'utf-16le'
  if (zeroEven >= Math.max(2, pairs * 0.02) && zeroOdd <= zeroEven / 10) return 'utf-16be'
  return null
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Damaged UTF-8: most multi-byte sequences valid, a few stray bytes (a cut or edited file). */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const lenient = new TextDecoder('utf-8').decode(bytes)
  let multiByte = 0
  let broken = 0
  for (const char of lenient) {
    if (char === '\ufffd') broken++
    else if (char.charCodeAt(0) >= 0x80) multiByte++
  }
  return multiByte >= 4 * broken && multiByte > 0
}

/** Detects the encoding and decodes; `encoding: null` when no decoding reads as text. */
export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  const wide = utf16WithoutMark(bytes)
  const wideText = wide && strictDecode(wide, bytes)
  if (wide && wideText !== null) return { encoding: wide, text: wideText }
  const utf8 = strictDecode('utf-8', bytes)
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 }
  if (mostlyUtf8(bytes)) return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes) }
  let best: { encoding: TextEncodingName; text: string; p: Plausibility } | null = null
  for (const encoding of SINGLE_BYTE) {
    const text = new TextDecoder(encoding).decode(bytes)
    const p = plausibility(text)
    if (!best || p.score > best.p.score) best = { encoding, text, p }
  }
  return best && isPlausible(best.p) ? { encoding: best.encoding, text: best.text } : { encoding: null, text: '' }
}
