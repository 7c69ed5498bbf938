import type { Language } from './model'

/** What a copy's title gets, in the document's own language like the rest of its text. */
export const COPY_SUFFIX: Record<Language, string> = { kk: ' (көшірме)', ru: ' (копия)', en: ' (copy)' }
