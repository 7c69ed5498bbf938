import { describe, expect, it } from 'vitest'
import kk from 'virtual:ui-messages/kk'
import ru from 'virtual:ui-messages/ru'
import en from 'virtual:ui-messages/en'
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
  it('hold every key of the written messages, one language per module', () => {
    expect(keys(kk).sort()).toEqual(keys(messages.kk).sort())
    expect(keys(ru).sort()).toEqual(keys(messages.ru).sort())
    expect(keys(en).sort()).toEqual(keys(messages.en).sort())
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
