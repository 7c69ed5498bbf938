import 'fake-indexeddb/auto'
import { vi } from 'vitest'
import { LANGUAGES } from '@/domain/model'
import { loadAllMessages } from '@/i18n'

// the app loads only the interface language; component tests switch between all three
await Promise.all(LANGUAGES.map(loadAllMessages))

// vi.waitFor gives up after 1 s unless told otherwise, which a loaded machine overruns (the stress runs showed it):
// by default a condition gets 10 s here, like expect.poll (vite.config.ts); a test may still pass its own limit
const waitFor = vi.waitFor
vi.waitFor = ((callback, options) =>
  waitFor(callback, typeof options === 'number' ? options : { timeout: 10_000, ...options })) as typeof vi.waitFor
