/**
 * Variants (нұсқа / вариант): assessments made from one another, linked as one group. Each keeps its own
 * id, review and history; they share the criteria and descriptor structure, while task texts and options
 * are written anew. The group and number are stored on each assessment (`variant`); everything else here
 * is derived from the list of assessments.
 */
import type { Id } from './ids'
import type { Assessment, Language, Task } from './model'
import { duplicateAssessment } from './operations'
import { LIMITS } from './shapes/limits'
// apart, so that the library's list orders variants without loading the editing operations
export { groupVariantsTogether } from './variantOrder'

/** How a variant is named in a document of each language: «1-нұсқа», «Вариант 1», "Variant 1". */
export const VARIANT_LABEL: Record<Language, (n: number) => string> = {
  kk: (n) => `${n}-нұсқа`,
  ru: (n) => `Вариант ${n}`,
  en: (n) => `Variant ${n}`,
}

export const variantLabel = (language: Language, n: number): string => VARIANT_LABEL[language](n)

/**
 * The variants of the group `a` belongs to, by number: `a` itself (as given: the editor's copy may be
 * newer than the stored list) and the others of `all` that are not in the trash. Just `[a]` without a group.
 */
export function variantsOf(a: Assessment, all: readonly Assessment[]): Assessment[] {
  const group = a.variant?.group
  if (!group) return [a]
  const others = all.filter((x) => x.id !== a.id && x.deletedAt === null && x.variant?.group === group)
  return [a, ...others].sort((x, y) => (x.variant?.number ?? 0) - (y.variant?.number ?? 0))
}

/** A task of a new variant: the same type, level, time, criteria and descriptors; its text, answer, script, pictures and options' texts to write anew. */
function blankTask(task: Task): Task {
  return {
    ...task,
    text: '',
    answer: '',
    script: '',
    pictures: [],
    options: task.options.map((o) => ({ ...o, text: '', correct: false })),
  }
}

export interface NewVariant {
  /** The source with its place in the group (number 1 when it had none). */
  source: Assessment
  variant: Assessment
}

/**
 * The next variant of `source`'s group: fresh ids, the same criteria, objectives and descriptor
 * structure, task texts and options blank. Null when the group already holds the most variants allowed.
 * `group` lists the variants known so far (variantsOf), so the number is the next free one.
 */
export function makeVariant(source: Assessment, group: readonly Assessment[], now = Date.now()): NewVariant | null {
  if (group.length >= LIMITS.variants) return null
  const groupId: Id = source.variant?.group ?? source.id
  const placed = source.variant ? source : { ...source, variant: { group: groupId, number: 1 } }
  const number = Math.max(1, ...group.map((x) => x.variant?.number ?? 1)) + 1
  if (number > LIMITS.variants) return null
  const copy = duplicateAssessment(placed, now)
  return { source: placed, variant: { ...copy, tasks: copy.tasks.map(blankTask), variant: { group: groupId, number } } }
}
