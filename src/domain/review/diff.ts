/**
 * What changed between two versions, field by field: items added and removed (an objective, criterion,
 * task, option, descriptor or picture, by id), and fields changed, with a word-level diff for text.
 * Moves within a list are not reported: order keys are bookkeeping, the content is what a mentor reads.
 */
import { diffWords } from 'diff'
import { headerPath, type FieldPath } from '../anchors'
import type { Assessment, TaskPart } from '../model'
import { taskParts } from '../parts'
import { sortByOrder } from '../order'

export interface WordPart {
  value: string
  added: boolean
  removed: boolean
}

export interface FieldChange {
  path: FieldPath
  change: 'added' | 'removed' | 'changed'
  /** True for a whole item (task, descriptor …) added or removed. */
  item: boolean
  before: string | null
  after: string | null
  /** Word-level diff of a changed text field. */
  words: WordPart[] | null
}

interface Flat {
  /** item path → its main text, in document order */
  items: Map<FieldPath, string>
  /** field path → value; `text` marks fields diffed word by word */
  fields: Map<FieldPath, { value: string; text: boolean }>
}

const HEADER_TEXT = ['title', 'subject'] as const
const HEADER_VALUES = ['kind', 'language', 'grade', 'term', 'durationMinutes'] as const

function flatten(a: Assessment): Flat {
  const items = new Map<FieldPath, string>()
  const fields = new Map<FieldPath, { value: string; text: boolean }>()
  const text = (path: string, value: string) => fields.set(path, { value, text: true })
  const val = (path: string, value: unknown) => fields.set(path, { value: JSON.stringify(value ?? null), text: false })
  for (const f of HEADER_TEXT) text(headerPath(f), a[f])
  text(headerPath('sections'), a.sections.join('; '))
  for (const f of HEADER_VALUES) val(headerPath(f), a[f])
  for (const o of sortByOrder(a.objectives)) {
    const p = `objectives/${o.id}`
    items.set(p, `${o.code} ${o.text}`.trim())
    text(`${p}/code`, o.code)
    text(`${p}/text`, o.text)
  }
  for (const c of sortByOrder(a.criteria)) {
    const p = `criteria/${c.id}`
    items.set(p, c.text)
    text(`${p}/text`, c.text)
    val(`${p}/objectiveIds`, [...c.objectiveIds].sort())
    val(`${p}/level`, c.level)
  }
  for (const t of sortByOrder(a.tasks)) {
    const p = `tasks/${t.id}`
    items.set(p, t.text)
    text(`${p}/text`, t.text)
    text(`${p}/answer`, t.answer)
    val(`${p}/type`, t.type)
    val(`${p}/level`, t.level)
    val(`${p}/minutes`, t.minutes)
    val(`${p}/criterionIds`, [...t.criterionIds].sort())
    for (const o of sortByOrder(t.options)) {
      items.set(`${p}/options/${o.id}`, o.text)
      text(`${p}/options/${o.id}/text`, o.text)
      val(`${p}/options/${o.id}/correct`, o.correct)
    }
    for (const d of sortByOrder(t.descriptors)) {
      items.set(`${p}/descriptors/${d.id}`, d.text)
      text(`${p}/descriptors/${d.id}/text`, d.text)
      val(`${p}/descriptors/${d.id}/points`, d.points)
      val(`${p}/descriptors/${d.id}/criterionId`, d.criterionId)
    }
    for (const pic of sortByOrder(t.pictures)) {
      items.set(`${p}/pictures/${pic.id}`, pic.caption)
      text(`${p}/pictures/${pic.id}/caption`, pic.caption)
    }
    for (const part of taskParts(t)) flattenPart(`${p}/parts/${part.id}`, part, items, text, val)
    for (const d of t.descriptors) val(`${p}/descriptors/${d.id}/partId`, d.partId ?? null)
  }
  return { items, fields }
}

/** A task part's text, type, answer and options, like a task's own (an option inside a part is that part's change). */
function flattenPart(
  p: FieldPath,
  part: TaskPart,
  items: Flat['items'],
  text: (path: string, value: string) => void,
  val: (path: string, value: unknown) => void,
): void {
  items.set(p, part.text)
  text(`${p}/text`, part.text)
  text(`${p}/answer`, part.answer)
  val(`${p}/type`, part.type)
  for (const o of sortByOrder(part.options)) {
    items.set(`${p}/options/${o.id}`, o.text)
    text(`${p}/options/${o.id}/text`, o.text)
    val(`${p}/options/${o.id}/correct`, o.correct)
  }
}

// diff's own tokenizer knows only Latin letters (a Kazakh word would split letter by letter): words
// are found by the platform's Unicode word segmentation instead
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }))
}

/** Changes from `before` to `after`: added items, removed items, then changed fields, each in document order. */
export function versionDiff(before: Assessment, after: Assessment): FieldChange[] {
  const old = flatten(before)
  const now = flatten(after)
  const changes: FieldChange[] = []
  // an item inside an added or removed task is part of that change, not reported on its own
  const parentItem = (path: FieldPath) => path.split('/').slice(0, -2).join('/')
  for (const [path, text] of now.items) {
    if (old.items.has(path) || (now.items.has(parentItem(path)) && !old.items.has(parentItem(path)))) continue
    changes.push({ path, change: 'added', item: true, before: null, after: text, words: null })
  }
  for (const [path, text] of old.items) {
    if (now.items.has(path) || (old.items.has(parentItem(path)) && !now.items.has(parentItem(path)))) continue
    changes.push({ path, change: 'removed', item: true, before: text, after: null, words: null })
  }
  for (const [path, field] of now.fields) {
    const was = old.fields.get(path)
    if (!was || was.value === field.value) continue
    changes.push({
      path,
      change: 'changed',
      item: false,
      before: was.value,
      after: field.value,
      words: field.text ? wordDiff(was.value, field.value) : null,
    })
  }
  return changes
}
