import { describe, expect, it } from 'vitest'
import { detectLanguage } from '@/domain/text/script'
import { textLanguage, textLanguageMismatch } from '@/domain/textLanguage'
import { runChecks } from '@/domain/checks/engine'
import { cleanAssessment } from '../checks/clean'
import type { Assessment, Language } from '@/domain/model'

const KK = 'Білім алушы тарихи оқиғаның себептерін анықтайды және оның салдарына баға береді.'
const RU = 'Обучающийся определяет причины исторического события и оценивает его последствия.'
const EN = 'The learner identifies the causes of a historical event and evaluates its consequences.'

describe('detectLanguage', () => {
  it('tells Kazakh, Russian and English apart by their letters', () => {
    expect(detectLanguage(KK)).toBe('kk')
    expect(detectLanguage(RU)).toBe('ru')
    expect(detectLanguage(EN)).toBe('en')
  })
  it('gives Kazakh with few Kazakh-only letters and Kazakh in capitals', () => {
    expect(detectLanguage('Берілген сөздерді пайдаланып, сөйлем құра. Жауабын жаз және тексер.')).toBe('kk')
    expect(detectLanguage(KK.toUpperCase())).toBe('kk')
  })
  it('gives no verdict on too little text', () => {
    expect(detectLanguage('5.1.2.1')).toBeNull()
    expect(detectLanguage('Клетка')).toBeNull()
    expect(detectLanguage('')).toBeNull()
  })
})

const textIn = (a: Assessment, text: string): Assessment => ({
  ...a,
  criteria: a.criteria.map((c) => ({ ...c, text })),
  tasks: a.tasks.map((t) => ({ ...t, text, descriptors: t.descriptors.map((d) => ({ ...d, text })) })),
})

describe('the text against the document language', () => {
  it.each<[Language, string]>([['kk', KK], ['ru', RU], ['en', EN]])('finds nothing wrong in a %s document written in its language', (lang, text) => {
    expect(textLanguageMismatch(textIn(cleanAssessment(lang), text))).toBeNull()
  })
  it('says when a document switched to Kazakh still holds Russian text, in the reader’s language', () => {
    const a = { ...textIn(cleanAssessment('ru'), RU), language: 'kk' as const }
    expect(textLanguage(a)).toBe('ru')
    const finding = (reader: Language) => runChecks(a, reader).find((f) => f.ruleId === 'language.textMismatch')
    expect(finding('kk')?.severity).toBe('warning')
    expect(finding('kk')?.path).toBe('header/language')
    expect(finding('kk')?.message).toContain('Мәтін орыс тілінде жазылған, ал құжат тілі — қазақша')
    expect(finding('en')?.message).toContain('The text is in Russian but the document language is Kazakh')
    expect(finding('ru')?.message).toContain('Текст написан на русском, а язык документа — казахский')
  })
  it('says nothing about a blank or nearly blank document', () => {
    const a = { ...cleanAssessment('kk'), criteria: [], tasks: [] }
    expect(textLanguageMismatch({ ...a, language: 'en' })).toBeNull()
  })
})
