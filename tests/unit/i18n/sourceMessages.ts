/** The messages as written in src/i18n/locales (plain strings), merged per language — what the tests read. */
import { LANGUAGES, type Language } from '@/domain/model'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nested message trees
type Messages = Record<string, any>

const modules = import.meta.glob<{ default: Record<Language, Messages> }>('@/i18n/locales/*.ts', { eager: true })

export const messages = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, Object.assign({}, ...Object.values(modules).map((m) => m.default[lang]))]),
) as Record<Language, Messages>
