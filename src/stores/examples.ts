/**
 * Worked examples (read-only, bundled): their summaries for the Examples page and each one as an
 * `Assessment` for the read-only editor. Files load lazily and are converted once per session, so the
 * same example always comes back as the same object.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Assessment } from '@/domain/model'
import { useLibraryStore } from './library'
import { loadWorkedExample, workedExampleSlugs, type WorkedExample, type WorkedExampleSummary } from '@/exchange/workedExamples'
export type { WorkedExampleSummary } from '@/exchange/workedExamples'

export const useExamplesStore = defineStore('examples', () => {
  const loaded = new Map<string, Promise<WorkedExample>>()

  function load(slug: string): Promise<WorkedExample> {
    let example = loaded.get(slug)
    if (!example) {
      example = loadWorkedExample(slug)
      // a failed load is not kept, so a later visit tries again
      example.catch(() => loaded.delete(slug))
      loaded.set(slug, example)
    }
    return example
  }

  /** Summaries of every example, in file-name order. */
  async function list(): Promise<WorkedExampleSummary[]> {
    const examples = await Promise.all(workedExampleSlugs().map(load))
    return examples.map((e) => e.summary)
  }

  /** The example as an assessment; rejects for an unknown slug. */
  async function get(slug: string): Promise<Assessment> {
    return (await load(slug)).assessment
  }

  /** What the published page showed and lacked, for showing beside the read-only example. */
  async function summary(slug: string): Promise<WorkedExampleSummary> {
    return (await load(slug)).summary
  }

  /** Saves an editable draft copy of the example in the library and returns its id. */
  async function makeEditableCopy(slug: string): Promise<{ id: string; title: string }> {
    const example = await get(slug)
    const id = await useLibraryStore().duplicate(example)
    return { id, title: example.title }
  }

  return { slugs: workedExampleSlugs, list, get, summary, makeEditableCopy }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useExamplesStore, import.meta.hot))
