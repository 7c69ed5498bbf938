import { describe, expect, it } from 'vitest'
import kk from 'virtual:ui-messages/kk'
import ru from 'virtual:ui-messages/ru'
import en from 'virtual:ui-messages/en'
import kkLater from 'virtual:ui-messages/kk-later'
import ruLater from 'virtual:ui-messages/ru-later'
import enLater from 'virtual:ui-messages/en-later'
import { emitMessage } from '../../../build/uiMessages'
import { i18n } from '@/i18n'
import { messages } from './sourceMessages'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || !isBranch(tree)) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}
/** A branch of the tree, not a compiled message (whose AST has a type `t` and body `b`). */
function isBranch(tree: object): boolean {
  return !('t' in tree && 'b' in tree)
}

describe('precompiled UI messages', () => {
  it('hold every key of the written messages, one language per pair of modules, each key in one of them', () => {
    for (const [first, later, written] of [[kk, kkLater, messages.kk], [ru, ruLater, messages.ru], [en, enLater, messages.en]] as const) {
      const both = [...keys(first), ...keys(later)]
      expect(both.sort()).toEqual(keys(written).sort())
      expect(new Set(both).size).toBe(both.length)
      expect(keys(first).length).toBeGreaterThan(50)
      expect(keys(later).length).toBeGreaterThan(keys(first).length)
    }
  })

  it('format plain text, placeholders and lists without the message compiler', () => {
    const { t } = i18n.global
    expect(t('header.outOfRange', { min: 1, max: 5 }, { locale: 'kk' })).toBe('Мәні 1–5 аралығында болуы керек')
    expect(t('header.outOfRange', { min: 1, max: 5 }, { locale: 'ru' })).toBe(
      messages.ru.header.outOfRange.replace('{min}', '1').replace('{max}', '5'),
    )
    expect(t('header.title', {}, { locale: 'en' })).toBe(messages.en.header.title)
  })

  it('fail the build on a malformed message, naming it', () => {
    expect(() => emitMessage('Мәні {min', ['header', 'outOfRange'])).toThrow(/header\.outOfRange/)
  })

  it('write a plain message in its short form and a placeholder message as its tree', () => {
    expect(emitMessage('Атауы', ['a'])).toBe('s("Атауы")')
    expect(emitMessage('{n} балл', ['a'])).toContain('"k":"n"')
  })
})
