/**
 * A rule's published source worded for a reader in kk, ru or en: the title stays as published, in quotation
 * marks, and a reader of another language is told it is the official title in that language (a Russian
 * title under Kazakh or English words is a quotation, not a slip); the issuer, edition and grades are in
 * the reader's language.
 */
import type { Language } from './model'
import type { CitedSource } from './rules'

interface SourceWords {
  quote: (title: string) => string
  titleIn: Record<CitedSource['titleLanguage'], string>
  issuer: Record<CitedSource['issuer'], string>
  edition: (years: string) => string
  grades: (from: number, to: number) => string
}

const WORDS: Record<Language, SourceWords> = {
  kk: {
    quote: (title) => `«${title}»`,
    titleIn: { ru: 'ресми атауы орыс тілінде', kk: 'ресми атауы қазақ тілінде' },
    issuer: { ministryOrder125: 'ҚР БҒМ-нің № 125 бұйрығы', altynsarin: 'Ы. Алтынсарин атындағы ҰБА' },
    edition: (years) => `${years} жылғы редакция`,
    grades: (from, to) => `${from}–${to}-сыныптар`,
  },
  ru: {
    quote: (title) => `«${title}»`,
    titleIn: { ru: 'официальное название на русском языке', kk: 'официальное название на казахском языке' },
    issuer: { ministryOrder125: 'приказ МОН РК № 125', altynsarin: 'НАО им. Ы. Алтынсарина' },
    edition: (years) => `ред. ${years}`,
    grades: (from, to) => `${from}–${to} классы`,
  },
  en: {
    quote: (title) => `“${title}”`,
    titleIn: { ru: 'official title, in Russian', kk: 'official title, in Kazakh' },
    issuer: { ministryOrder125: 'Ministry of Education order No. 125', altynsarin: 'Y. Altynsarin National Academy of Education' },
    edition: (years) => `${years} edition`,
    grades: (from, to) => `grades ${from}–${to}`,
  },
}

/** «Title» (official title, in Russian), issuer, edition; grades — in the reader's language. */
export function citeSource(source: CitedSource, reader: Language): string {
  const w = WORDS[reader]
  const title = w.quote(source.title) + (source.titleLanguage === reader ? '' : ` (${w.titleIn[source.titleLanguage]})`)
  const facts = [w.issuer[source.issuer], w.edition(source.edition)].join(', ')
  const grades = source.grades ? `; ${w.grades(source.grades.from, source.grades.to)}` : ''
  return `${title}, ${facts}${grades}`
}
