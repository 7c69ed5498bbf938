/**
 * The first line of a text shortened to about `max` characters at a word boundary, with «…» when cut —
 * for outlines that show where a text begins (the print dialog's preview), never a cut inside a word.
 */
export function firstLineShort(text: string, max: number): string {
  const line = text.split('\n')[0].trim()
  const more = line !== text.trim()
  if (line.length <= max) return more && line ? `${line} …` : line
  const words = line.slice(0, max + 1)
  const end = words.search(/\s\S*$/)
  // one word longer than the room (a URL, a formula): cut it, but still say so
  const kept = (end > 0 ? words.slice(0, end) : line.slice(0, max)).replace(/[\s,;:–—-]+$/u, '')
  return `${kept}…`
}
