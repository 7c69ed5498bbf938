import 'fake-indexeddb/auto'
import { LANGUAGES } from '@/domain/model'
import { loadUiLanguage } from '@/i18n'

// the app loads only the interface language; component tests switch between all three
await Promise.all(LANGUAGES.map(loadUiLanguage))
