/**
 * The printable growth record: one A4 page for the teacher's portfolio or the mentor's report, in the
 * document language chosen — who and which period, the key figures, the months, the findings per rule
 * family, what improved and what still needs work, and places to sign. Loaded only with
 * `import('@/export/docx/growthRecord')` when it is downloaded.
 */
import { AlignmentType, BorderStyle, Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Language } from '@/domain/model'
import type { GrowthFamily, GrowthFigures, RemarkKind } from '@/domain/growth/figures'
import type { Person } from '@/domain/review/model'
import { packDocxBlob } from './rawXml'
import { dayLabel, monthLabel } from '@/domain/growth/months'
import { BODY_SIZE, CONTENT_WIDTH, FONT, PAGE, styles } from './page'
import { xmlSafe } from './text'

interface Labels {
  title: string
  teacher: string
  mentor: string
  period: string
  noPeriod: string
  figures: string
  assessments: string
  rounds: string
  approvals: string
  meanRounds: string
  suggestions: string
  suggestionsValue: (applied: number, offered: number) => string
  byMonth: string
  month: string
  assessmentsShort: string
  roundsToApproval: string
  findingsFirst: string
  families: string
  family: string
  earlier: string
  recent: string
  familyName: Record<GrowthFamily, string>
  remarkName: Record<RemarkKind, string>
  improved: string
  nothingImproved: string
  fewerRounds: string
  familyImproved: (family: string, from: string, to: string) => string
  needsWork: string
  nothingNeeded: string
  familyNeeds: (family: string, n: string) => string
  remarksOften: (kinds: string) => string
  signTeacher: string
  signMentor: string
  date: string
  fileName: string
}

const LABELS: Record<Language, Labels> = {
  kk: {
    title: 'Мұғалімнің кәсіби өсу жолы',
    teacher: 'Мұғалім',
    mentor: 'Тәлімгер',
    period: 'Кезең',
    noPeriod: 'тексеруге әлі жіберілмеген',
    figures: 'Негізгі көрсеткіштер',
    assessments: 'Құрастырылған бағалаулар',
    rounds: 'Тексеру айналымдары',
    approvals: 'Бекітілген бағалаулар',
    meanRounds: 'Бекітуге дейін орта есеппен айналым',
    suggestions: 'Қолданылған ұсыныстар',
    suggestionsValue: (a, o) => `${a} / ${o}`,
    byMonth: 'Айлар бойынша',
    month: 'Ай',
    assessmentsShort: 'Бағалау',
    roundsToApproval: 'Бекітуге дейінгі айналым',
    findingsFirst: 'Алғаш жібергендегі ескертулер',
    families: 'Жіберген сәттегі тексеру нәтижелері (бір бағалауға орта есеппен)',
    family: 'Бағыты',
    earlier: 'Алғашқы бағалаулар',
    recent: 'Кейінгі бағалаулар',
    familyName: { structure: 'Құрылымы', wording: 'Тұжырымдалуы', points: 'Балдар', levels: 'Деңгейлер', time: 'Уақыт' },
    remarkName: {
      header: 'тақырып бөлігі', objective: 'оқу мақсаттары', criterion: 'бағалау критерийлері', task: 'тапсырма мәтіні', answer: 'жауап', option: 'жауап нұсқалары',
      part: 'тапсырма бөліктері', picture: 'суреттер', descriptor: 'дескрипторлар', points: 'балдар', level: 'деңгейлер', time: 'уақыт', document: 'құжат тұтас', other: 'кестелер',
    },
    improved: 'Не жақсарды',
    nothingImproved: 'Салыстыруға әзірге дерек аз.',
    fewerRounds: 'Кейінгі бағалаулар бекітуге дейін азырақ айналымды қажет етті.',
    familyImproved: (f, from, to) => `${f}: орта есеппен ${from} → ${to}.`,
    needsWork: 'Әлі де назар аударатыны',
    nothingNeeded: 'Кейінгі бағалауларда тексеру ескертулері жоқ.',
    familyNeeds: (f, n) => `${f}: кейінгі бағалауларда орта есеппен ${n}.`,
    remarksOften: (k) => `Тәлімгер жиі пікір жазған өрістер: ${k}.`,
    signTeacher: 'Мұғалім: ____________________',
    signMentor: 'Тәлімгер: ____________________',
    date: 'Күні',
    fileName: 'Өсу жолы',
  },
  ru: {
    title: 'Профессиональный рост учителя',
    teacher: 'Учитель',
    mentor: 'Наставник',
    period: 'Период',
    noPeriod: 'работ на проверку ещё не отправлялось',
    figures: 'Основные показатели',
    assessments: 'Составлено работ',
    rounds: 'Раундов проверки',
    approvals: 'Утверждено работ',
    meanRounds: 'В среднем раундов до утверждения',
    suggestions: 'Применено предложений',
    suggestionsValue: (a, o) => `${a} из ${o}`,
    byMonth: 'По месяцам',
    month: 'Месяц',
    assessmentsShort: 'Работ',
    roundsToApproval: 'Раундов до утверждения',
    findingsFirst: 'Замечаний при первой отправке',
    families: 'Замечания проверок в момент отправки (в среднем на работу)',
    family: 'Направление',
    earlier: 'Первые работы',
    recent: 'Последние работы',
    familyName: { structure: 'Структура', wording: 'Формулировки', points: 'Баллы', levels: 'Уровни', time: 'Время' },
    remarkName: {
      header: 'шапка', objective: 'цели обучения', criterion: 'критерии оценивания', task: 'текст задания', answer: 'ответ', option: 'варианты ответа',
      part: 'части заданий', picture: 'рисунки', descriptor: 'дескрипторы', points: 'баллы', level: 'уровни', time: 'время', document: 'документ в целом', other: 'таблицы',
    },
    improved: 'Что улучшилось',
    nothingImproved: 'Для сравнения пока мало данных.',
    fewerRounds: 'Последним работам понадобилось меньше раундов до утверждения.',
    familyImproved: (f, from, to) => `${f}: в среднем ${from} → ${to}.`,
    needsWork: 'Над чем ещё работать',
    nothingNeeded: 'В последних работах проверки замечаний не нашли.',
    familyNeeds: (f, n) => `${f}: в последних работах в среднем ${n}.`,
    remarksOften: (k) => `Наставник чаще всего писал о полях: ${k}.`,
    signTeacher: 'Учитель: ____________________',
    signMentor: 'Наставник: ____________________',
    date: 'Дата',
    fileName: 'Рост',
  },
  en: {
    title: 'Teacher’s professional growth',
    teacher: 'Teacher',
    mentor: 'Mentor',
    period: 'Period',
    noPeriod: 'nothing sent for review yet',
    figures: 'Key figures',
    assessments: 'Assessments designed',
    rounds: 'Review rounds',
    approvals: 'Assessments approved',
    meanRounds: 'Mean rounds to approval',
    suggestions: 'Suggestions applied',
    suggestionsValue: (a, o) => `${a} of ${o}`,
    byMonth: 'By month',
    month: 'Month',
    assessmentsShort: 'Assessments',
    roundsToApproval: 'Rounds to approval',
    findingsFirst: 'Findings at first sending',
    families: 'Check findings when sent (mean per assessment)',
    family: 'Area',
    earlier: 'Earlier assessments',
    recent: 'Later assessments',
    familyName: { structure: 'Structure', wording: 'Wording', points: 'Points', levels: 'Levels', time: 'Time' },
    remarkName: {
      header: 'header', objective: 'learning objectives', criterion: 'assessment criteria', task: 'task text', answer: 'answer', option: 'answer options',
      part: 'task parts', picture: 'pictures', descriptor: 'descriptors', points: 'points', level: 'levels', time: 'time', document: 'whole document', other: 'tables',
    },
    improved: 'What improved',
    nothingImproved: 'Too little to compare yet.',
    fewerRounds: 'The later assessments needed fewer rounds to approval.',
    familyImproved: (f, from, to) => `${f}: mean ${from} → ${to}.`,
    needsWork: 'What still needs work',
    nothingNeeded: 'The checks found nothing in the later assessments.',
    familyNeeds: (f, n) => `${f}: mean ${n} in the later assessments.`,
    remarksOften: (k) => `The mentor remarked most often on: ${k}.`,
    signTeacher: 'Teacher: ____________________',
    signMentor: 'Mentor: ____________________',
    date: 'Date',
    fileName: 'Growth record',
  },
}

const LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

export interface GrowthRecordInput {
  figures: GrowthFigures
  language: Language
  teacher: Person
  mentor: Person | null
  /** When the record is made (its date line). */
  now: number
}

const SMALL = BODY_SIZE - 2
const run = (text: string, bold = false) => new TextRun({ text: xmlSafe(text), bold, font: FONT, size: SMALL })
const para = (text: string, bold = false) => new Paragraph({ spacing: { after: 40 }, children: [run(text, bold)] })
const heading = (text: string) => new Paragraph({ spacing: { before: 160, after: 60 }, keepNext: true, children: [new TextRun({ text: xmlSafe(text), bold: true, font: FONT, size: BODY_SIZE })] })
const bullet = (text: string) => new Paragraph({ spacing: { after: 30 }, indent: { left: 280, hanging: 200 }, children: [run(`• ${text}`)] })

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }

function table(rows: string[][], widths: number[], header = true): Table {
  const total = widths.reduce((s, w) => s + w, 0)
  const twips = widths.map((w) => Math.round((w / total) * CONTENT_WIDTH))
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    borders: BORDERS,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: header && r === 0,
          cantSplit: true,
          children: cells.map(
            (text, c) =>
              new TableCell({
                width: { size: twips[c], type: WidthType.DXA },
                margins: { top: 30, bottom: 30, left: 80, right: 80 },
                children: [new Paragraph({ alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, header && r === 0)] })],
              }),
          ),
        }),
    ),
  })
}

/** The paragraphs and tables of the record (exported for the tests). */
export function growthRecordContent({ figures: g, language, teacher, mentor, now }: GrowthRecordInput): (Paragraph | Table)[] {
  const L = LABELS[language]
  const number = (x: number) => new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 }).format(x)
  const date = (t: number) => dayLabel(language, t)
  const monthName = (key: string) => monthLabel(language, key)
  const who = (p: Person) => [p.name.trim(), p.school.trim()].filter(Boolean).join(', ') || '—'
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: 'Heading1', children: [new TextRun({ text: xmlSafe(L.title) })] }),
    para(`${L.teacher}: ${who(teacher)}`),
    ...(mentor ? [para(`${L.mentor}: ${who(mentor)}`)] : []),
    para(`${L.period}: ${g.period ? `${date(g.period.from)} — ${date(g.period.to)}` : L.noPeriod}`),
    heading(L.figures),
    table(
      [
        [L.assessments, String(g.assessments)],
        [L.rounds, String(g.rounds)],
        [L.approvals, String(g.approvals)],
        [L.meanRounds, g.meanRoundsToApproval === null ? '—' : number(g.meanRoundsToApproval)],
        [L.suggestions, g.suggestions.offered ? `${L.suggestionsValue(g.suggestions.applied, g.suggestions.offered)} (${Math.round((g.suggestions.share ?? 0) * 100)}%)` : '—'],
      ],
      [3, 1],
      false,
    ),
  ]
  if (g.months.length) {
    out.push(heading(L.byMonth))
    // a long history keeps the page to one: the latest twelve months
    const months = g.months.slice(-12)
    out.push(
      table(
        [[L.month, L.assessmentsShort, L.roundsToApproval, L.findingsFirst], ...months.map((m) => [monthName(m.month), String(m.assessments), m.roundsToApproval === null ? '—' : number(m.roundsToApproval), number(m.findingsAtFirstSending)])],
        [3, 2, 2, 2],
      ),
    )
  }
  out.push(heading(L.families))
  out.push(table([[L.family, L.earlier, L.recent], ...g.families.map((f) => [L.familyName[f.family], number(f.earlier), number(f.recent)])], [3, 2, 2]))
  out.push(heading(L.improved))
  const improved = [
    ...(g.fewerRounds ? [L.fewerRounds] : []),
    ...g.families.filter((f) => g.improved.includes(f.family)).map((f) => L.familyImproved(L.familyName[f.family], number(f.earlier), number(f.recent))),
  ]
  for (const line of improved.length ? improved : [L.nothingImproved]) out.push(bullet(line))
  out.push(heading(L.needsWork))
  const needs = g.needsWork.map((f) => L.familyNeeds(L.familyName[f], number(g.families.find((x) => x.family === f)?.recent ?? 0)))
  if (g.remarks.length) needs.push(L.remarksOften(g.remarks.slice(0, 3).map((r) => `${L.remarkName[r.kind]} (${r.count})`).join(', ')))
  for (const line of needs.length ? needs : [L.nothingNeeded]) out.push(bullet(line))
  out.push(new Paragraph({ spacing: { before: 360 }, children: [run(`${L.date}: ${date(now)}`)] }))
  out.push(new Paragraph({ spacing: { before: 240 }, children: [run(L.signTeacher)] }))
  out.push(new Paragraph({ spacing: { before: 240 }, children: [run(L.signMentor)] }))
  return out
}

export function growthRecordDocument(input: GrowthRecordInput): Document {
  return new Document({
    creator: 'Bagalau',
    title: LABELS[input.language].title,
    styles: styles(input.language),
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } }, children: growthRecordContent(input) }],
  })
}

export function growthRecordFileName(language: Language, teacher: Person, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10)
  const name = teacher.name.trim().replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 60)
  return `${LABELS[language].fileName}${name ? ` — ${name}` : ''} ${day}.docx`
}

export function buildGrowthRecord(input: GrowthRecordInput): Promise<Blob> {
  return packDocxBlob(growthRecordDocument(input))
}
