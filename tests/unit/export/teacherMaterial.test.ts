/**
 * Teacher-only material and variants in Word: the script and the notes print in the teacher's copy and
 * the mark scheme, never on the pupil's sheet; all variants print in turn, each part headed by its label.
 */
import { describe, expect, it } from 'vitest'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions, type PrintOptions } from '@/domain/printOptions'
import { PRINT_LABELS } from '@/domain/printLabels'
import { LANGUAGES, type Assessment } from '@/domain/model'
import { makeVariant } from '@/domain/variants'
import { paragraphTexts, sampleAssessment, unzipDocx } from './sample'

const SCRIPT = 'Мұғалім оқиды: алма, қала, дала — Ә ғ қ ң ө ұ ү һ і'
const NOTES = 'Әр сөзді екі рет оқыңыз.'

function withScript(a: Assessment): Assessment {
  return { ...a, tasks: a.tasks.map((t, i) => (i === 1 ? { ...t, text: 'Диктант. Сөздерді тыңдап, жазыңыз.', script: SCRIPT, teacherNotes: NOTES, answer: 'алма, қала, дала' } : t)) }
}

async function texts(a: Assessment, options: Partial<PrintOptions>): Promise<string[]> {
  const files = await unzipDocx(await buildAssessmentDocx(a, { ...defaultPrintOptions(), ...options }))
  return paragraphTexts(files['word/document.xml'])
}

const has = (lines: string[], text: string) => lines.some((l) => l.includes(text))

describe('Word export: teacher-only material', () => {
  it('never prints the script or the notes on the pupil sheet', async () => {
    const lines = await texts(withScript(sampleAssessment('kk', 3)), { parts: ['pupilSheet', 'descriptorTable', 'specification', 'parentRubric'] })
    expect(has(lines, 'Диктант. Сөздерді тыңдап, жазыңыз.')).toBe(true)
    expect(has(lines, 'алма, қала, дала')).toBe(false)
    expect(has(lines, NOTES)).toBe(false)
  })

  it.each(LANGUAGES)('prints the teacher copy in %s: banner, task, script, notes and answer', async (language) => {
    const a = withScript(sampleAssessment(language, 3))
    const t = PRINT_LABELS[language].pack.teacher
    const lines = await texts(a, { parts: ['teacherCopy'] })
    expect(lines[0]).toContain(t.banner)
    expect(lines[1]).toContain(t.copy)
    const at = lines.findIndex((l) => l.startsWith('2. Диктант'))
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at, at + 8)).toEqual(expect.arrayContaining([`${t.script}:`, SCRIPT, `${t.notes}:`, NOTES, `${t.answer}:`, 'алма, қала, дала']))
  })

  it('marks the correct options in the teacher copy', async () => {
    const a = sampleAssessment('ru', 1)
    const mc = a.tasks[0]
    expect(mc.type).toBe('multipleChoice')
    const correct = mc.options.findIndex((o) => o.correct)
    const lines = await texts(a, { parts: ['teacherCopy'] })
    expect(lines.filter((l) => l.includes('— верный ответ'))).toHaveLength(mc.options.filter((o) => o.correct).length)
    expect(lines.find((l) => l.includes('— верный ответ'))).toContain(mc.options[correct].text)
  })

  it('adds the scripts and notes after the mark scheme table, and nothing when no task has any', async () => {
    const l = PRINT_LABELS.en.pack.teacher
    const lines = await texts(withScript(sampleAssessment('en', 3)), { parts: ['markScheme'] })
    expect(lines.slice(-6)).toEqual([l.material, `${PRINT_LABELS.en.task} 2`, `${l.script}:`, SCRIPT, `${l.notes}:`, NOTES])
    expect(has(await texts(sampleAssessment('en', 3), { parts: ['markScheme'] }), l.material)).toBe(false)
  })
})

describe('Word export: variants', () => {
  function group(): Assessment[] {
    const one = withScript(sampleAssessment('kk', 2))
    const made = makeVariant(one, [one], 1)!
    const two = { ...made.variant, tasks: made.variant.tasks.map((t, i) => ({ ...t, text: `Екінші нұсқаның ${i + 1}-тапсырмасы`, script: i === 1 ? 'Екінші мәтін' : '' })) }
    return [made.source, two]
  }

  it('prints every variant in turn, each part headed by its label, one document', async () => {
    const [one, two] = group()
    const files = await unzipDocx(await buildAssessmentDocx(one, { ...defaultPrintOptions(), parts: ['pupilSheet', 'teacherCopy'], variants: [one, two] }))
    const xml = files['word/document.xml']
    const lines = paragraphTexts(xml)
    expect(lines.filter((l) => l === '1-нұсқа' || l === '2-нұсқа')).toEqual(['1-нұсқа', '1-нұсқа', '2-нұсқа', '2-нұсқа'])
    const second = lines.indexOf('2-нұсқа')
    expect(lines.slice(0, second).some((l) => l.includes('Екінші нұсқаның'))).toBe(false)
    expect(lines.slice(second).some((l) => l.startsWith('1. Екінші нұсқаның 1-тапсырмасы'))).toBe(true)
    // four parts, four sections
    expect(xml.match(/<w:sectPr/g)).toHaveLength(4)
    // the second variant's script only in its teacher copy
    const pupilTwo = lines.slice(second, lines.lastIndexOf('2-нұсқа'))
    expect(has(pupilTwo, 'Екінші мәтін')).toBe(false)
    expect(has(lines.slice(lines.lastIndexOf('2-нұсқа')), 'Екінші мәтін')).toBe(true)
  })

  it('prints one variant alone with its label', async () => {
    const [, two] = group()
    const lines = await texts(two, { parts: ['pupilSheet'] })
    expect(lines[0]).toBe('2-нұсқа')
    expect(has(lines, 'Диктант')).toBe(false)
  })
})
