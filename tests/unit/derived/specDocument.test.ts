import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Assessment, type Language } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { specificationDocument, specLayout, type SpecBlock } from '@/domain/specDocument/document'
import { chooseSpecLayout, editSpecText, setSpecEdits } from '@/domain/specDocument/edits'
import { primaryRows, subsectionOf } from '@/domain/specDocument/primary'
import { totalPoints } from '@/domain/totals'
import { sampleAssessment } from '../export/sample'

const term = (language: Language, grade = 7): Assessment => ({ ...sampleAssessment(language, 4, 'term'), grade, term: 1, durationMinutes: 40 })
const doc = (a: Assessment) => specificationDocument(a, PRINT_LABELS[a.language].levels)
const texts = (blocks: SpecBlock[]) => blocks.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'lines' ? b.lines : []))
const headings = (blocks: SpecBlock[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))

const EXPECTED: Record<Language, { headings: string[]; facts: string[]; phrases: string[] }> = {
  kk: {
    headings: [
      'Тоқсан бойынша жиынтық бағалаудың мақсаты', 'Тоқсан бойынша жиынтық бағалаудың мазмұнын анықтайтын құжат', '«Биология» пәні бойынша күтілетін нәтижелер',
      '«Биология» пәні бойынша ойлау дағдыларының деңгейлері', 'Тексерілетін оқу мақсаттарының тоқсандар бойынша ойлау дағдыларының деңгейлеріне бөлінуі',
      'Жиынтық бағалауды өткізу ережелері', 'Модерация және балл қою', '1-тоқсан бойынша жиынтық бағалаудың спецификациясы', '1-тоқсанның жиынтық бағалауына шолу',
      'Жиынтық бағалаудың құрылымы', '1-тоқсанның жиынтық бағалау тапсырмаларының сипаттамасы', 'Балл қою кестесі',
    ],
    facts: ['Ұзақтығы – 40 минут', 'Тапсырма түрлері:', 'КТБ – көп таңдауы бар тапсырмалар;', 'ТЖ – толық жауапты қажет ететін тапсырмалар.'],
    phrases: ['Негізгі орта білім беру деңгейінің 7-сыныбына арналған «Биология» пәнінен жаңартылған мазмұндағы үлгілік оқу бағдарламасы.', 'Аталған нұсқа көп таңдауы бар, қысқа және толық жауапты қажет ететін 4 тапсырмадан тұрады.', 'Барлық мұғалімдер балл қою кестесінің бірыңғай нұсқасын қолданады.'],
  },
  ru: {
    headings: [
      'Цель суммативного оценивания за четверть', 'Документ, определяющий содержание суммативного оценивания за четверть', 'Ожидаемые результаты по предмету «Биология»',
      'Уровни мыслительных навыков по предмету «Биология»', 'Распределение проверяемых целей по уровням мыслительных навыков в разрезе четвертей',
      'Правила проведения суммативного оценивания', 'Модерация и выставление баллов', 'Спецификация суммативного оценивания за 1 четверть', 'Обзор суммативного оценивания за 1 четверть',
      'Структура суммативного оценивания', 'Характеристика заданий суммативного оценивания за 1 четверть', 'Схема выставления баллов',
    ],
    facts: ['Продолжительность – 40 минут', 'Типы заданий:', 'МВО – задания с множественным выбором ответов;', 'РО – задания, требующие развернутого ответа.'],
    phrases: ['Типовая учебная программа по учебному предмету «Биология» для 7 класса уровня основного среднего образования по обновленному содержанию.', 'Данный вариант состоит из 4 заданий, включающих вопросы с множественным выбором ответов, требующие краткого ответа и требующие развернутого ответа.', 'Все учителя используют одинаковую схему выставления баллов.'],
  },
  en: {
    headings: [
      'Purpose of summative assessment for the term', 'Document that defines the content of summative assessment for the term', 'Expected results in Biology',
      'Levels of thinking skills in Biology', 'Distribution of learning objectives by levels of thinking skills across terms', 'Rules for administering summative assessment',
      'Moderation and marking', 'Specification of summative assessment for term 1', 'Review of summative assessment for term 1', 'Structure of summative assessment',
      'Characteristics of tasks of summative assessment for term 1', 'Mark scheme',
    ],
    facts: ['Duration – 40 minutes', 'Types of tasks:', 'MCQ – multiple choice questions;', 'ERQ – extended-response questions.'],
    phrases: ['The typical curriculum for the subject "Biology" for Grade 7 of lower secondary education (updated content).', 'This paper consists of 4 questions, including multiple choice, short-answer and extended-response questions.', 'All teachers use the same mark scheme.'],
  },
}

describe('the specification as a document', () => {
  it.each(LANGUAGES)('has the published parts in order, with duration, points and task types, in %s', (language) => {
    const a = term(language)
    const blocks = doc(a)
    const e = EXPECTED[language]
    expect(headings(blocks)).toEqual(e.headings)
    expect(blocks.filter((b) => b.kind === 'heading' && b.number !== null).map((b) => (b.kind === 'heading' ? b.number : 0))).toEqual([1, 2, 3, 4, 5, 6, 7])
    const all = texts(blocks)
    for (const fact of e.facts) expect(all).toContain(fact)
    expect(all).toContain(`${{ kk: 'Балл саны', ru: 'Количество баллов', en: 'Total marks' }[language]} – ${totalPoints(a)}`)
    for (const phrase of e.phrases) expect(all.join('\n')).toContain(phrase)
    expect(blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['levels', 'distribution', 'characteristics', 'markScheme']))
    // the expected results list the objectives checked
    expect(all.join('\n')).toContain('7.1.2.1 Жасушаның құрылысын түсіндіру')
  })

  it('counts objectives per level in the distribution row, with shares', () => {
    const dist = doc(term('ru')).find((b) => b.kind === 'distribution')!
    expect(dist).toEqual({
      kind: 'distribution',
      head: ['Четверть', 'Знание и понимание', 'Применение', 'Навыки высокого порядка', 'Всего'],
      row: ['1 четверть', expect.stringMatching(/^\d+ \(\d+%\)$/), expect.stringMatching(/^\d+ \(\d+%\)$/), expect.stringMatching(/^\d+/), expect.stringMatching(/^\d+$/)],
    })
  })

  it('prints «—» for the duration when neither the assessment nor its tasks give one', () => {
    const a = { ...term('ru'), durationMinutes: null, tasks: term('ru').tasks.map((t) => ({ ...t, minutes: null })) }
    expect(texts(doc(a))).toContain('Продолжительность – —')
    expect(texts(doc({ ...term('ru'), durationMinutes: 1 }))).toContain('Продолжительность – 1 минута')
    expect(texts(doc({ ...term('ru'), durationMinutes: 22 }))).toContain('Продолжительность – 22 минуты')
  })

  it('keeps the teacher’s wording per paragraph; the generated wording or a blank brings the generated text back', () => {
    const a = term('kk')
    const edited = setSpecEdits(a, editSpecText(a, 'moderation', 'Жұмыстарды ӘБ отырысында екі мұғалім тексереді.'))
    const block = doc(edited).find((b) => b.kind === 'text' && b.key === 'moderation')!
    expect(block).toMatchObject({ text: 'Жұмыстарды ӘБ отырысында екі мұғалім тексереді.', edited: true })
    expect(edited.specEdits).toEqual({ moderation: 'Жұмыстарды ӘБ отырысында екі мұғалім тексереді.' })
    const back = editSpecText(edited, 'moderation', (block as { generated: string }).generated)
    expect(back).toEqual({})
    expect(editSpecText(edited, 'moderation', '  ')).toEqual({})
  })

  it('is the characteristic table alone for a unit assessment', () => {
    expect(doc(sampleAssessment('ru', 3)).map((b) => b.kind)).toEqual(['characteristics'])
  })

  it('offers the primary layout beside the 5–11 one, as the teacher chooses (the 5–11 table carries what a print reads back)', () => {
    expect(specLayout(term('kk', 3))).toBe('secondary')
    expect(specLayout(term('kk', 7))).toBe('secondary')
    expect(specLayout(setSpecEdits(term('kk', 3), chooseSpecLayout(term('kk', 3), 'primary')))).toBe('primary')
    const chosen = setSpecEdits(term('kk', 7), chooseSpecLayout(term('kk', 7), 'primary'))
    expect(specLayout(chosen)).toBe('primary')
    expect(doc(chosen).find((b) => b.kind === 'characteristics')).toEqual({ kind: 'characteristics', layout: 'primary' })
  })

  it('builds primary rows per objective with the subsection number, criteria as description, task count and points', () => {
    const a = term('kk', 3)
    const rows = primaryRows(a)
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1))
    expect(rows.reduce((s, r) => s + r.points, 0)).toBe(totalPoints(a))
    expect(rows.reduce((s, r) => s + r.taskNumbers.length, 0)).toBe(4)
    expect(rows[0]).toMatchObject({ section: 'Жасушалар', sectionSpan: rows.length, subsection: '1.2' })
    expect(rows[0].description).toContain('Жасушаның құрылысын сипаттайды')
    expect(subsectionOf('2.1.3.4')).toBe('1.3')
    expect(subsectionOf('5.L3')).toBe('')
  })
})
