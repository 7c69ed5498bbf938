/**
 * Bidi controls in Word: the teacher's text is printed as typed (the override character stays), and an
 * override it leaves open is closed and the text isolated, so the rest of the paragraph (a task's «[1]», the
 * grade after the subject) reads left to right in Word and LibreOffice.
 */
import { describe, expect, it } from 'vitest'
import { closeBidiControls } from '@/domain/text/bidi'
import { buildAssessmentDocx } from '@/export/docx'
import { defaultPrintOptions } from '@/domain/printOptions'
import { paragraphTexts, sampleAssessment, unzipDocx } from './sample'

const RLO = '\u202e'
const PDF = '\u202c'
const FSI = '\u2068'
const PDI = '\u2069'

describe('closing bidi controls', () => {
  it('isolates text with bidi controls and closes what it leaves open, in order; leaves other text alone', () => {
    expect(closeBidiControls('plain ә')).toBe('plain ә')
    expect(closeBidiControls(`abc${RLO}gpj.exe`)).toBe(`${FSI}abc${RLO}gpj.exe${PDF}${PDI}`)
    expect(closeBidiControls(`a\u202bb${PDF}c`)).toBe(`${FSI}a\u202bb${PDF}c${PDI}`)
    expect(closeBidiControls(`a\u2067b${RLO}c`)).toBe(`${FSI}a\u2067b${RLO}c${PDF}${PDI}${PDI}`)
    expect(closeBidiControls(`a${FSI}b${RLO}c${PDI}d`)).toBe(`a${FSI}b${RLO}c${PDI}d`)
    expect(closeBidiControls(closeBidiControls(`abc${RLO}x`))).toBe(closeBidiControls(`abc${RLO}x`))
    expect(closeBidiControls(`${PDF}${PDI}x`)).toBe(`${PDF}${PDI}x`)
  })
})

describe('Word file with a reversed title', () => {
  it('keeps the text as typed and closes the override before the points and the grade', async () => {
    const base = sampleAssessment('en', 2)
    const a = { ...base, title: `abc${RLO}gpj.exe`, subject: `Bio${RLO}logy`, tasks: base.tasks.map((t) => ({ ...t, text: `Read abc${RLO}gpj.exe now` })) }
    const files = await unzipDocx(await buildAssessmentDocx(a, defaultPrintOptions()))
    const texts = paragraphTexts(files['word/document.xml'])
    expect(texts).toContain(`${FSI}abc${RLO}gpj.exe${PDF}${PDI}`)
    expect(texts.filter((t) => t.startsWith(`1. ${FSI}Read abc${RLO}gpj.exe now${PDF}${PDI}\t[`))).toHaveLength(1)
    expect(texts.some((t) => t.startsWith(`${FSI}Bio${RLO}logy${PDF}${PDI} · `))).toBe(true)
  })
})
