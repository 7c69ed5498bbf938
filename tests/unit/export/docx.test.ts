import { describe, expect, it } from 'vitest'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions, type PrintOptions } from '@/domain/printOptions'
import { descriptorTable } from '@/domain/descriptorTable'
import { markScheme } from '@/domain/markScheme'
import { parentRubric } from '@/domain/parentRubric'
import { PRINT_LABELS } from '@/domain/printLabels'
import { LANGUAGES, type Assessment } from '@/domain/model'
import { paragraphTexts, sampleAssessment, tables, unzipDocx } from './sample'

const only = (...parts: PrintOptions['parts']): PrintOptions => ({ ...defaultPrintOptions(), parts })

async function documentXml(a: Assessment, options = defaultPrintOptions()) {
  const files = await unzipDocx(await buildAssessmentDocx(a, options))
  return { files, xml: files['word/document.xml'] }
}

describe('Word export: descriptor table', () => {
  it('merges a criterion cell over its rows and a task number over its descriptors', async () => {
    const a = sampleAssessment('kk', 4)
    const { xml } = await documentXml(a, only('descriptorTable'))
    const [t] = tables(xml)
    const domain = descriptorTable(a)
    // two heading rows, one row per descriptor, the total row
    expect(t).toHaveLength(2 + domain.rows.length + 1)
    const body = t.slice(2, -1)
    domain.rows.forEach((r, i) => {
      const [crit, num, desc, pts] = body[i]
      expect(desc.text).toBe(r.descriptor.text)
      expect(pts.text).toBe(String(r.descriptor.points))
      if (r.criterionRowSpan > 1) expect(crit).toMatchObject({ vMerge: 'restart', text: r.criterion?.text })
      else if (r.criterionRowSpan === 1) expect(crit).toMatchObject({ vMerge: null, text: r.criterion?.text })
      else expect(crit).toMatchObject({ vMerge: 'continue', text: '' })
      if (r.taskRowSpan > 1) expect(num).toMatchObject({ vMerge: 'restart', text: String(r.taskNumber) })
      else if (r.taskRowSpan === 0) expect(num.vMerge).toBe('continue')
    })
    // the first criterion covers tasks 1, 2 and 3 (3 has both criteria): a real multi-row merge
    expect(domain.rows[0].criterionRowSpan).toBeGreaterThan(1)
    expect(t.at(-1)!.map((c) => [c.text, c.span])).toEqual([
      ['Жалпы балл', 3],
      [String(domain.totalPoints), 1],
    ])
  })

  it('keeps rows on one page and repeats the two heading rows', async () => {
    const { xml } = await documentXml(sampleAssessment('ru', 6), only('descriptorTable'))
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true)
    expect(rows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(2)
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>')
  })

  it.each(LANGUAGES)('prints the published headings in %s', async (language) => {
    const { xml } = await documentXml(sampleAssessment(language, 3), only('descriptorTable'))
    const l = PRINT_LABELS[language]
    const heading = tables(xml)[0].slice(0, 2).flat().map((c) => c.text)
    expect(heading).toEqual([l.criterion, l.taskNumber, l.descriptor, l.points, '', '', l.learner, ''])
  })
})

describe('Word export: pupil sheet', () => {
  it('prints the fill-in lines, title, objectives, levels, time and numbered tasks in Kazakh', async () => {
    const a = sampleAssessment('kk', 3)
    const { xml } = await documentXml(a, only('pupilSheet'))
    const text = paragraphTexts(xml)
    expect(text).toContain('Мектеп: \t  Сынып: \t')
    expect(text).toContain('Білім алушының аты-жөні: \t  Күні: \t')
    expect(text).toContain('«Жасушалар» бөлімі бойынша жиынтық бағалау')
    expect(text).toContain('Биология · 7-сынып · 2-тоқсан')
    expect(text).toContain('7.1.2.1 Жасушаның құрылысын түсіндіру')
    expect(text).toContain('Ойлау дағдыларының деңгейі: Білу және түсіну, Қолдану, Жоғары деңгей дағдылары')
    expect(text).toContain('Орындау уақыты: 25 минут')
    expect(text).toContain('1. Суретте көрсетілген жасушаның бөліктерін атаңыз: ә ғ қ ң ө ұ ү һ і (1)\t[1]')
    expect(text).toContain('2. Суретте көрсетілген жасушаның бөліктерін атаңыз: ә ғ қ ң ө ұ ү һ і (2)\t[3]')
    for (const letter of 'ӘәҒғҚқҢңӨөҰұҮүҺһІі') expect(xml + 'ӘҒҚҢӨҰҮҺІ').toContain(letter)
  })

  it('lays out options with letters and boxes and sizes the answer space by type', async () => {
    const a = sampleAssessment('en', 3)
    const { xml } = await documentXml(a, only('pupilSheet'))
    const [options] = tables(xml)
    expect(options.map((r) => r[2].text).filter(Boolean)).toEqual(['A) Mitochondrion 1', 'B) Mitochondrion 2', 'C) Mitochondrion 3', 'D) Mitochondrion 4'])
    // answer lines are underscore tab leaders: 3 for the short answer, 8 for the extended one
    const lines = (xml.match(/<w:tab w:val="right" w:pos="\d+" w:leader="underscore"\/>/g) ?? []).length
    expect(lines).toBe(2 /* the fill-in lines */ + 3 + 8)
  })
})

describe('Word export: specification, mark scheme, parent rubric', () => {
  it('prints the specification with section cells merged and the total row', async () => {
    const a = sampleAssessment('ru', 4, 'term')
    const { xml } = await documentXml(a, only('specification'))
    const t = tables(xml).find((rows) => rows[0][0].text === 'Раздел')!
    expect(t[0].map((c) => c.text)).toEqual(['Раздел', 'Проверяемая цель', 'Уровень мыслительных навыков', 'Кол. заданий', '№ задания', 'Тип задания', 'Время на выполнение, мин', 'Балл', 'Балл за раздел'])
    expect(t[1][0]).toMatchObject({ text: 'Клетки', vMerge: 'restart' })
    expect(t.slice(2, -1).every((r) => r[0].vMerge === 'continue')).toBe(true)
    expect(t.at(-1)!.map((c) => c.text)).toEqual(['Итого', '4', '', '', '20', '8', '8'])
  })

  it('prints the mark scheme from the domain rows, with the correct option letters', async () => {
    const a = sampleAssessment('en', 3)
    const { xml } = await documentXml(a, only('markScheme'))
    const [t] = tables(xml)
    const scheme = markScheme(a)
    expect(t[0].map((c) => c.text)).toEqual(['№', 'Answer', 'Mark', 'Additional information'])
    // the answer, then the accepted alternatives / notes under it
    expect(t[1][1].text).toBe([scheme.rows[0].answer, ...scheme.rows[0].additional].join('\n'))
    expect(scheme.rows[0].answer).toBe('B) Mitochondrion 2')
    // one row per descriptor of task 2, its number and answer merged over them
    expect(t.slice(2, 4).map((r) => [r[0].vMerge, r[2].text, r[3].text])).toEqual([
      ['restart', '1', scheme.rows[1].lines[0].text],
      ['continue', '2', scheme.rows[1].lines[1].text],
    ])
    expect(t.at(-1)!.map((c) => c.text)).toEqual(['Total marks', String(scheme.totalPoints), ''])
  })

  it('prints N copies of the parent rubric, each with a name line, on its own page', async () => {
    const a = sampleAssessment('kk', 4)
    const { xml } = await documentXml(a, { ...only('parentRubric'), parentRubricCopies: 3 })
    const all = tables(xml)
    expect(all).toHaveLength(3)
    expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(2)
    expect(paragraphTexts(xml).filter((p) => p === 'Білім алушының аты-жөні: \t')).toHaveLength(3)
    const rows = parentRubric(a)
    expect(all[0][1].slice(2).map((c) => c.text)).toEqual(['Төмен', 'Орта', 'Жоғары'])
    expect(all[0].slice(2).map((r) => r.map((c) => c.text))).toEqual(
      rows.map((r) => [r.criterion.text, r.taskNumbers.join(', '), r.cells.low.text, r.cells.middle.text, r.cells.high.text]),
    )
  })
})

describe('Word export: the whole pack', () => {
  it('puts every part in its own section (a new page) with page number and subject/grade in the footer', async () => {
    const { files, xml } = await documentXml(sampleAssessment('ru', 3))
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(5)
    expect(xml).toContain('w:w="11906" w:h="16838"')
    const footer = files['word/footer1.xml']
    expect(footer).toContain('PAGE')
    expect(paragraphTexts(footer)[0]).toMatch(/^Биология · 7 класс · СОр\tСтр\. /)
    expect(files['word/styles.xml']).toContain('w:ascii="Times New Roman"')
    expect(files['word/styles.xml']).toContain('<w:sz w:val="24"/>')
    expect(files['word/styles.xml']).toContain('w:val="ru-RU"')
  })

  it.each([
    ['kk', 'ЖОБА'],
    ['ru', 'ЧЕРНОВИК'],
    ['en', 'DRAFT'],
  ] as const)('marks a draft in %s with the %s watermark and an approved one with none', async (language, word) => {
    const draft = await documentXml(sampleAssessment(language, 1), only('descriptorTable'))
    const header = Object.entries(draft.files).find(([p]) => /word\/header\d+\.xml/.test(p))?.[1] ?? ''
    expect(header).toContain(`string="${word}"`)
    const approved = await documentXml({ ...sampleAssessment(language, 1), status: 'approved' }, only('descriptorTable'))
    expect(Object.keys(approved.files).some((p) => /word\/header\d+\.xml/.test(p))).toBe(false)
    expect(Object.values(approved.files).join('')).not.toContain(word)
  })

  it('prints only the parts asked for, in print order', async () => {
    const { xml } = await documentXml(sampleAssessment('en', 2), only('parentRubric', 'pupilSheet'))
    const text = paragraphTexts(xml)
    expect(text.indexOf('Tasks')).toBeLessThan(text.indexOf('Rubric for parents'))
    expect(text).not.toContain('Mark scheme')
  })
})
