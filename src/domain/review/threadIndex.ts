/**
 * Where every thread of a document stands, for thousands of threads at once. Resolving each thread on
 * its own (anchorState, placeOf, canSuggest, isApplied) scans and sorts the document's lists per thread
 * — 5,000 threads made each keystroke take most of a second. Here the document's fields are indexed by
 * id once per state of the document, each thread is a few map look-ups, and a view that did not change
 * is the same object as before, so the screen redraws only the threads whose field changed.
 */
import { DOCUMENT_PATH, type FieldPath } from '../anchors'
import type { Assessment } from '../model'
import { sortByOrder } from '../order'
import { partLabel, taskParts } from '../parts'
import type { AnchorState, FieldKind, FieldPlace } from './anchoring'
import type { Thread } from './model'
import { suggestedValue, takesSuggestion } from './suggestion'
import { locateSpan, spanSuggestionApplied } from './span'
import { isRowPath, tableRows, type TableRow } from './rows'

export interface ThreadView {
  state: AnchorState
  /** Where the field sits now, or where it sat in `before` when it is gone; null when unknown. */
  place: FieldPlace | null
  /** The thread has a suggestion this field can take. */
  applicable: boolean
  /** The field already holds the suggestion. */
  applied: boolean
}

interface Entry {
  item: object
  number: number
}
interface Field {
  kind: FieldKind
  /** The object holding the field (the assessment for the header). */
  holder: object
  field: string | null
  number: number | null
  item: number | null
  /** A task part's printed number (`2ә`). */
  part?: string
}

type Positions = Map<string, Entry>
const positions = (items: readonly { id: string; order: number }[]): Positions => new Map(sortByOrder(items).map((item, i) => [item.id, { item, number: i + 1 }]))

/** Resolves field paths of one state of a document through maps built once. */
export class FieldIndex {
  private readonly objectives: Positions
  private readonly criteria: Positions
  private readonly tasks: Positions
  private readonly inTask = new Map<string, { options: Positions; descriptors: Positions; pictures: Positions }>()
  private rows: Map<string, TableRow> | null = null

  constructor(private readonly a: Assessment) {
    this.objectives = positions(a.objectives)
    this.criteria = positions(a.criteria)
    this.tasks = positions(a.tasks)
  }

  private partsOf(taskId: string) {
    let parts = this.inTask.get(taskId)
    if (!parts) {
      const task = this.tasks.get(taskId)!.item as Assessment['tasks'][number]
      parts = { options: positions(task.options), descriptors: positions(task.descriptors), pictures: positions(task.pictures) }
      this.inTask.set(taskId, parts)
    }
    return parts
  }

  /** A row of a derived table (domain/review/rows.ts); the tables are built once, when a thread first asks. */
  row(path: FieldPath): TableRow | null {
    this.rows ??= tableRows(this.a)
    return this.rows.get(path) ?? null
  }

  /** The field at `path`, as resolvePath and placeOf find it; null when it is gone. */
  resolve(path: FieldPath): Field | null {
    if (path === DOCUMENT_PATH) return { kind: 'document', holder: this.a, field: null, number: null, item: null }
    const parts = path.split('/')
    const field = (at: number) => parts[at] ?? null
    if (parts[0] === 'header' && parts.length === 2) return { kind: 'header', holder: this.a, field: parts[1], number: null, item: null }
    const top = (list: Positions, kind: FieldKind): Field | null => {
      const e = list.get(parts[1])
      return e ? { kind, holder: e.item, field: field(2), number: e.number, item: null } : null
    }
    if (parts[0] === 'objectives') return top(this.objectives, 'objective')
    if (parts[0] === 'criteria') return top(this.criteria, 'criterion')
    if (parts[0] !== 'tasks') return null
    const task = this.tasks.get(parts[1])
    if (!task) return null
    if (parts.length <= 3) return { kind: 'task', holder: task.item, field: field(2), number: task.number, item: null }
    if (parts[2] === 'parts') return this.resolvePart(task, parts.slice(3))
    const lists = { options: 'option', descriptors: 'descriptor', pictures: 'picture' } as const
    const kind = lists[parts[2] as keyof typeof lists]
    if (!kind) return null
    const e = this.partsOf(parts[1])[parts[2] as keyof typeof lists].get(parts[3])
    return e ? { kind, holder: e.item, field: field(4), number: task.number, item: e.number } : null
  }

  /** `<partId>[/field]` or `<partId>/options/<id>[/field]` inside a task, as anchors.ts resolvePath finds it. */
  private resolvePart(task: Entry, rest: string[]): Field | null {
    const t = task.item as Assessment['tasks'][number]
    const index = taskParts(t).findIndex((p) => p.id === rest[0])
    if (index < 0) return null
    const part = taskParts(t)[index]
    const label = partLabel(this.a.language, task.number, index)
    if (rest[1] !== 'options' || rest.length < 3) return { kind: 'part', holder: part, field: rest[1] ?? null, number: task.number, item: null, part: label }
    const option = positions(part.options).get(rest[2])
    return option ? { kind: 'partOption', holder: option.item, field: rest[3] ?? null, number: task.number, item: option.number, part: label } : null
  }

  /** The field's value as valueAt gives it. */
  static valueOf(f: Field): string {
    if (f.kind === 'document') return ''
    if (f.field === null) return JSON.stringify(f.holder)
    const v = (f.holder as Record<string, unknown>)[f.field]
    return typeof v === 'string' ? v : JSON.stringify(v ?? null)
  }
}

const placeOf = (f: Field): FieldPlace => ({ kind: f.kind, number: f.number, item: f.item, field: f.field, ...(f.part !== undefined && { part: f.part }) })

function viewOf(index: FieldIndex, thread: Thread, before: () => FieldIndex | null): ThreadView {
  if (isRowPath(thread.path)) return rowView(index, thread, before)
  const f = index.resolve(thread.path)
  const value = f && FieldIndex.valueOf(f)
  const state: AnchorState = value === null ? 'orphaned' : value === thread.quote ? 'current' : 'outdated'
  const gone = f ? null : before()?.resolve(thread.path)
  const place = f ? placeOf(f) : gone ? placeOf(gone) : null
  const applicable = thread.suggestion !== null && f !== null && takesSuggestion(f.kind, f.field)
  let applied = false
  if (applicable && f && f.field !== null && thread.span && value !== null) {
    applied = spanSuggestionApplied(value, thread.quote, thread.span, thread.suggestion!)
  } else if (applicable && f && f.field !== null) {
    const next = suggestedValue(f.kind, f.field, thread.suggestion!)
    applied = next !== undefined && (typeof next === 'string' ? next : JSON.stringify(next)) === value
  }
  // a thread on words inside the field can still be applied while the words are there, even if the field changed around them
  const spanFound = thread.span && value !== null ? locateSpan(value, thread.span) !== null : true
  return { state, place, applicable: applicable && (spanFound || applied), applied }
}

/** A thread on a table row: outdated once the row reads otherwise; rows take no suggestion. */
function rowView(index: FieldIndex, thread: Thread, before: () => FieldIndex | null): ThreadView {
  const row = index.row(thread.path)
  const state: AnchorState = row === null ? 'orphaned' : row.quote === thread.quote ? 'current' : 'outdated'
  const place = row?.place ?? before()?.row(thread.path)?.place ?? null
  return { state, place, applicable: false, applied: false }
}

const samePlace = (x: FieldPlace | null, y: FieldPlace | null) =>
  x === y || (x !== null && y !== null && x.kind === y.kind && x.number === y.number && x.item === y.item && x.field === y.field && x.part === y.part && x.table === y.table)
const sameView = (x: ThreadView, y: ThreadView) => x.state === y.state && x.applicable === y.applicable && x.applied === y.applied && samePlace(x.place, y.place)

/**
 * The view of every thread on `a` (by thread id). Pass the previous result as `previous`: unchanged views
 * are reused, and when none changed the previous map itself is returned.
 */
export function threadViews(a: Assessment, threads: readonly Thread[], before?: Assessment | null, previous?: ReadonlyMap<string, ThreadView>): ReadonlyMap<string, ThreadView> {
  const index = new FieldIndex(a)
  let beforeIndex: FieldIndex | null | undefined
  const lazyBefore = () => (beforeIndex === undefined ? (beforeIndex = before ? new FieldIndex(before) : null) : beforeIndex)
  const views = new Map<string, ThreadView>()
  let changed = !previous || previous.size !== threads.length
  for (const thread of threads) {
    const view = viewOf(index, thread, lazyBefore)
    const old = previous?.get(thread.id)
    if (old && sameView(old, view)) views.set(thread.id, old)
    else {
      views.set(thread.id, view)
      changed = true
    }
  }
  return changed || !previous ? views : previous
}
