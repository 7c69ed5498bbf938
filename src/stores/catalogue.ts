/**
 * The objective catalogue for the UI: live lists of entries and sections, the shipped data loaded on
 * first use (and reloaded when a newer version ships), search, the teacher's own entries, import and
 * export. Components never touch the database; they go through here.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { catalogueRepo, type ImportUndo } from '@/db/catalogue'
import { newId } from '@/domain/ids'
import type { Language } from '@/domain/model'
import { importWrites, planImport, objectiveFromDraft, type DuplicateChoice, type ImportPlan } from '@/domain/catalogue/importPlan'
import type { CatalogueObjective, CatalogueSection, ObjectiveDraft } from '@/domain/catalogue/model'
import { validateRow, type ImportDefaults } from '@/domain/catalogue/rows'
import { SubjectRegistry } from '@/domain/catalogue/subjects'
import { decodeTableFile, exportCsv, parseTable, type ParsedTable, type TextEncodingName } from '@/exchange/catalogueCsv'
/** What prepareImport throws for a table it cannot read (components reach the exchange only through stores). */
export { TableError } from '@/exchange/catalogueCsv'
import { loadShippedCatalogue } from '@/exchange/shippedCatalogue'
export { ENCODING_LABELS } from '@/exchange/textEncoding'
import { useLiveQuery, useSubscribed } from '@/composables/useLiveQuery'
import { useCatalogueIndex } from './catalogueIndex'

export interface PreparedImport {
  table: ParsedTable
  plan: ImportPlan
  encoding: TextEncodingName | null
  sourceName: string
}

export interface SectionDraft {
  title: string
  term: number | null
  subject: string
  grade: number
  language: Language
}

export const useCatalogueStore = defineStore('catalogue', () => {
  // a list of 20,000 is read a chunk per task and then patched row by row (catalogueRepo.observeObjectives)
  const objectivesQuery = useSubscribed(() => catalogueRepo.observeObjectives(), [] as CatalogueObjective[])
  const sectionsQuery = useLiveQuery(() => catalogueRepo.listSections(), [] as CatalogueSection[])
  const objectives = objectivesQuery.data
  const sections = sectionsQuery.data
  const shippedState = shallowRef<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  let shippedLoad: Promise<void> | null = null

  /** Loads the bundled catalogue unless this version is already in the database. Safe to call often. */
  function ensureShipped(): Promise<void> {
    shippedLoad ??= (async () => {
      shippedState.value = 'loading'
      try {
        await catalogueRepo.replaceShipped(await loadShippedCatalogue())
        shippedState.value = 'ready'
      } catch (e) {
        shippedState.value = 'failed'
        shippedLoad = null
        throw e
      }
    })()
    return shippedLoad
  }

  const subjects = computed(() => {
    const registry = new SubjectRegistry()
    // each subject's names once (register skips names it has), however many entries carry them
    registry.registerAll(objectives.value)
    registry.registerAll(sections.value)
    return registry
  })

  // the search index follows the live list, in a Web Worker (catalogueIndex.ts); the list is scanned until it is built
  const index = useCatalogueIndex(objectives)

  /** The subject key of a free-text subject («Физика», «Physics», «физика»), or null when empty. */
  const resolveSubject = (name: string) => subjects.value.resolve(name)
  const subjectLabel = (key: string, lang: Language) => subjects.value.label(key, lang)

  function subjectKeyFor(name: string, lang: Language): string {
    const registry = subjects.value
    return registry.ensure(name, lang) ?? ''
  }

  async function addOwnObjective(draft: ObjectiveDraft): Promise<string> {
    const registry = subjects.value
    const key = subjectKeyFor(draft.subject, draft.language)
    const entry = objectiveFromDraft(draft, key, registry, Date.now(), Date.now())
    await catalogueRepo.putOwnObjective(entry)
    return entry.id
  }

  async function updateOwnObjective(existing: CatalogueObjective, draft: ObjectiveDraft): Promise<void> {
    const key = subjectKeyFor(draft.subject, draft.language)
    const names = subjects.value.namesOf(key)
    await catalogueRepo.putOwnObjective({
      ...existing,
      code: draft.code,
      text: draft.text,
      section: draft.section,
      term: draft.term,
      grade: draft.grade,
      language: draft.language,
      subject: key,
      subjectNames: { ...names, [draft.language]: names[draft.language] ?? draft.subject },
      updatedAt: Date.now(),
    })
  }

  async function saveOwnSection(draft: SectionDraft, existing?: CatalogueSection): Promise<void> {
    const key = subjectKeyFor(draft.subject, draft.language)
    const names = subjects.value.namesOf(key)
    const now = Date.now()
    await catalogueRepo.putOwnSection({
      id: existing?.id ?? newId(),
      title: draft.title.trim(),
      term: draft.term,
      grade: draft.grade,
      language: draft.language,
      subject: key,
      subjectNames: { ...names, [draft.language]: names[draft.language] ?? draft.subject },
      origin: 'own',
      hidden: false,
      source: '',
      order: existing?.order ?? now,
      updatedAt: now,
    })
  }

  /** Reads a pasted table or a file and plans the import; writes nothing. Throws TableError. */
  async function prepareImport(input: { text: string } | { file: File }, defaults: ImportDefaults): Promise<PreparedImport> {
    let text: string
    let encoding: TextEncodingName | null = null
    let sourceName = ''
    if ('file' in input) {
      const decoded = decodeTableFile(new Uint8Array(await input.file.arrayBuffer()))
      text = decoded.text
      encoding = decoded.encoding
      sourceName = input.file.name
    } else {
      text = input.text
    }
    const table = parseTable(text)
    const results = table.rows.map((row) => validateRow(row, defaults))
    const registry = subjects.value
    const plan = planImport(results, objectives.value, registry)
    if (sourceName) for (const row of plan.rows) row.draft.source ??= sourceName
    return { table, plan, encoding, sourceName }
  }

  /** The last confirmed import, until it is undone (kept in memory: one undo takes the whole import back). */
  const lastImport = shallowRef<{ count: number; undo: ImportUndo } | null>(null)

  /** Writes the confirmed import in one transaction; returns how many entries were written. */
  async function confirmImport(plan: ImportPlan, choice: DuplicateChoice): Promise<number> {
    const writes = importWrites(plan, choice, subjects.value, Date.now(), Date.now())
    const before = new Map(plan.rows.filter((r) => r.existing?.origin === 'own').map((r) => [r.existing!.id, r.existing!]))
    await catalogueRepo.applyImport(writes)
    lastImport.value = {
      count: writes.put.length,
      undo: {
        remove: writes.put.filter((o) => !before.has(o.id)).map((o) => o.id),
        restore: writes.put.flatMap((o) => before.get(o.id) ?? []),
        unhide: writes.hide,
      },
    }
    return writes.put.length
  }

  /** Takes the last import back whole; returns how many entries it had written. */
  async function undoLastImport(): Promise<number> {
    const last = lastImport.value
    if (!last) return 0
    await catalogueRepo.undoImport(last.undo)
    lastImport.value = null
    return last.count
  }

  function toCsv(list: readonly CatalogueObjective[]): string {
    return exportCsv(list, (o) => o.subjectNames[o.language] ?? subjectLabel(o.subject, o.language))
  }

  return {
    objectives,
    sections,
    loaded: objectivesQuery.loaded,
    shippedState,
    /** True once the search index holds the current list; until then `search` scans (no typo tolerance). */
    searchReady: index.searchReady,
    subjects,
    ensureShipped,
    /** Hits of a query, best first: from the index (in a worker, so an earlier answer shows until it replies) or the scan. */
    search: index.search,
    /** 'index', 'scan' or 'pending' (an earlier answer on screen while the worker answers this query). */
    searchSource: index.sourceOf,
    resolveSubject,
    subjectLabel,
    addOwnObjective,
    updateOwnObjective,
    deleteOwnObjective: (id: string) => catalogueRepo.deleteOwnObjective(id),
    saveOwnSection,
    deleteOwnSection: (id: string) => catalogueRepo.deleteOwnSection(id),
    setHidden: (kind: 'objective' | 'section', id: string, hidden: boolean) => catalogueRepo.setHidden(kind, id, hidden),
    prepareImport,
    confirmImport,
    lastImport,
    undoLastImport,
    toCsv,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCatalogueStore, import.meta.hot))
