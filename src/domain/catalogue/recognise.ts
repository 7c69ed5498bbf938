/**
 * Objectives out of a curriculum document (a long-term plan, a КТП, a programme page): codes with their
 * texts, the section and term each stands under, what the document says about subject, grade and
 * language, and every line that could not be read. Codes are only ever taken as printed.
 */
import type { Language } from '@/domain/model'
import { cleanText, findCodes, readCell, splitTexts, type CellObjective } from './codeFinder'
import { gradeInTitle, gradeOfCodes, guessLanguage, readHeaderRow, readSectionLabel, readTermHeading, subjectInTitle, type HeaderRole } from './documentMarks'
import type { SourcePlace, SourceUnit } from './sourceUnits'

export interface FoundObjective {
  code: string
  text: string
  section: string
  term: number | null
  place: SourcePlace
}

export type UnreadReason = 'noCode' | 'noText' | 'textsDoNotMatch'

export interface UnreadLine {
  text: string
  reason: UnreadReason
  place: SourcePlace
}

export interface FoundSection {
  title: string
  term: number | null
  count: number
}

export interface RecognisedDocument {
  objectives: FoundObjective[]
  sections: FoundSection[]
  unread: UnreadLine[]
  subject: string | null
  grade: number | null
  language: Language | null
}

/** Most objectives a document may bring (a whole programme of one subject and grade is a few hundred). */
export const MAX_FOUND = 25_000

const startsLower = (text: string) => /^[\s(\-–,;:]*\p{Ll}/u.test(text) || /^[(\-–,;:]/u.test(text.trim())

class Reader {
  readonly objectives: FoundObjective[] = []
  readonly unread: UnreadLine[] = []
  private readonly titleLines: string[] = []
  private term: number | null = null
  private section = ''
  /** The last objective while its text may still go on in the next line. */
  private open: FoundObjective | null = null
  private pending: { text: string; place: SourcePlace }[] = []
  private roles: HeaderRole[] | null = null
  private table: number | undefined

  constructor(private readonly subjectNames: readonly string[]) {}

  private add(o: CellObjective, place: SourcePlace, section = this.section, term = this.term): FoundObjective | null {
    if (this.objectives.length >= MAX_FOUND) return null
    if (!o.text) {
      this.unread.push({ text: o.code, reason: 'noText', place })
      return null
    }
    const found = { code: o.code, text: o.text, section, term, place }
    this.objectives.push(found)
    return found
  }

  private setSection(title: string): void {
    const term = readTermHeading(title)
    if (term) {
      this.term = term.term
      if (term.rest) this.section = cleanText(term.rest)
      return
    }
    this.section = cleanText(title)
  }

  /** Lines met since the last objective that did not join one: the last short one names a section, the rest are unread. */
  private flush(): void {
    const lines = this.pending
    this.pending = []
    lines.forEach(({ text, place }, i) => {
      const title = i === lines.length - 1 && text.length <= 150 && !/[.:;]$/.test(text.trim())
      if (title) this.setSection(text)
      else if (!this.noteTitle(text)) this.unread.push({ text, reason: 'noCode', place })
    })
  }

  /** A line naming the subject or grade is read (it says what the document is for). */
  private noteTitle(text: string): boolean {
    if (subjectInTitle(text, this.subjectNames) !== null || gradeInTitle(text) !== null) {
      this.titleLines.push(text)
      return true
    }
    return false
  }

  line(text: string, place: SourcePlace, heading = false): void {
    for (const piece of text.split('\n')) this.onePiece(piece, place, heading)
  }

  private onePiece(text: string, place: SourcePlace, heading: boolean): void {
    if (!text.trim()) {
      this.open = null
      return
    }
    const term = readTermHeading(text)
    if (term) {
      this.flush()
      this.open = null
      this.term = term.term
      if (term.rest && findCodes(term.rest).length === 0) this.section = cleanText(term.rest)
      return
    }
    const reading = readCell(text)
    if (reading.objectives.length === 0) {
      if (this.open && (this.open.text === '' || startsLower(text))) {
        this.open.text = cleanText(`${this.open.text} ${text}`)
        return
      }
      this.open = null
      if (heading || readSectionLabel(text)) {
        this.flush()
        if (!this.noteTitle(text) || readSectionLabel(text)) this.setSection(text)
        return
      }
      this.pending.push({ text: text.trim(), place })
      return
    }
    this.objectivesOfLine(reading, text, place)
  }

  private objectivesOfLine(reading: ReturnType<typeof readCell>, text: string, place: SourcePlace): void {
    const codesAfter = !reading.codesOnly && findCodes(text)[0].start > 0 && reading.rest === cleanText(text.slice(findCodes(text).at(-1)!.end))
    const items = reading.objectives
    if (codesAfter && !/^\s*[-–•·*\d.)]*\s*\d{1,2}\./u.test(text)) {
      // wrapped lines just before the code belong to its text while they start in lowercase (as objectives do)
      const joined: string[] = []
      while (this.pending.length && startsLower(this.pending.at(-1)!.text)) joined.unshift(this.pending.pop()!.text)
      if (joined.length) items[0] = { ...items[0], text: cleanText(`${joined.join(' ')} ${items[0].text}`) }
    }
    this.flush()
    if (reading.codesOnly && items.length === 1) {
      // a code alone on its line: its text follows on the next lines
      const found = { code: items[0].code, text: '', section: this.section, term: this.term, place }
      this.objectives.push(found)
      this.open = found
      return
    }
    let last: FoundObjective | null = null
    for (const o of items) last = this.add(o, place) ?? last
    this.open = codesAfter ? null : last
  }

  row(cells: readonly string[], place: SourcePlace): void {
    this.open = null
    this.flush()
    if (place.table !== this.table) {
      this.table = place.table
      this.roles = null
    }
    const filled = cells.map((c) => c.trim()).filter(Boolean)
    if (filled.length === 0) return
    if (new Set(filled).size === 1) return this.line(filled[0], place, true)
    const readings = cells.map(readCell)
    if (readings.every((r) => r.objectives.length === 0)) {
      const roles = readHeaderRow(cells)
      if (roles) this.roles = roles
      else if (filled.some((c) => readTermHeading(c))) this.term = readTermHeading(filled.find((c) => readTermHeading(c))!)!.term
      else if (!filled.some((c) => this.noteTitle(c))) this.unread.push({ text: filled.join(' | '), reason: 'noCode', place })
      return
    }
    this.placeRow(cells, readings, place)
  }

  private placeRow(cells: readonly string[], readings: ReturnType<typeof readCell>[], place: SourcePlace): void {
    const firstObjective = readings.findIndex((r) => r.objectives.length > 0)
    const termColumn = this.roles?.indexOf('term') ?? -1
    if (termColumn >= 0 && readings[termColumn]?.objectives.length === 0) {
      const term = readTermHeading(cells[termColumn]) ?? (/^\s*[1-4]\s*$/.test(cells[termColumn]) ? { term: Number(cells[termColumn]) } : null)
      if (term) this.term = term.term
    }
    const sectionColumn = this.roles?.indexOf('section') ?? -1
    const candidates = sectionColumn >= 0 ? [sectionColumn] : cells.slice(0, firstObjective).map((_, i) => i)
    const sectionAt = candidates.find((i) => this.roles?.[i] !== 'topic' && this.roles?.[i] !== 'term' && readings[i]?.objectives.length === 0 && /\p{L}{3}/u.test(cells[i]))
    if (sectionAt !== undefined) this.setSection(cells[sectionAt])
    readings.forEach((reading, i) => {
      if (reading.objectives.length === 0) return
      if (!reading.codesOnly) {
        for (const o of reading.objectives) this.add(o, place)
        return
      }
      const neighbour = [i + 1, i - 1].find((j) => cells[j]?.trim() && readings[j].objectives.length === 0)
      const texts = neighbour === undefined ? null : splitTexts(cells[neighbour], reading.objectives.length)
      if (!texts) {
        this.unread.push({ text: cells.filter((c) => c.trim()).join(' | '), reason: neighbour === undefined ? 'noText' : 'textsDoNotMatch', place })
        return
      }
      reading.objectives.forEach((o, k) => this.add({ code: o.code, text: texts[k] }, place))
    })
  }

  finish(): RecognisedDocument {
    this.flush()
    // a code alone on a line whose text never came
    const kept = this.objectives.filter((o) => {
      if (o.text) return true
      this.unread.push({ text: o.code, reason: 'noText', place: o.place })
      return false
    })
    const sections = new Map<string, FoundSection>()
    for (const o of kept) {
      const key = `${o.term}|${o.section}`
      const s = sections.get(key) ?? { title: o.section, term: o.term, count: 0 }
      s.count++
      sections.set(key, s)
    }
    const titleText = this.titleLines.join('\n')
    return {
      objectives: kept,
      sections: [...sections.values()],
      unread: this.unread.sort((a, b) => a.place.line - b.place.line),
      subject: this.titleLines.map((l) => subjectInTitle(l, this.subjectNames)).find((s) => s !== null) ?? null,
      grade: gradeOfCodes(kept.map((o) => o.code)) ?? gradeInTitle(titleText),
      language: guessLanguage(kept.map((o) => o.text)),
    }
  }
}

/**
 * Reads the units of a document in order. `subjectNames` are names the catalogue already knows (so a
 * title naming one is recognised besides the built-in list).
 */
export function recogniseObjectives(units: readonly SourceUnit[], subjectNames: readonly string[] = []): RecognisedDocument {
  const reader = new Reader(subjectNames)
  for (const unit of units) {
    if (unit.kind === 'line') reader.line(unit.text, unit.place, unit.heading)
    else reader.row(unit.cells, unit.place)
  }
  return reader.finish()
}
