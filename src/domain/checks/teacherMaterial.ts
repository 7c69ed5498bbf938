/**
 * Teacher-only material: a listening or dictation task needs the text the teacher reads aloud (its
 * script), kept apart from the task text so that it never reaches the pupil's sheet.
 */
import { taskPath } from '../anchors'
import type { Assessment, Task } from '../model'
import type { RawFinding } from './types'

/**
 * Word stems that make a task a listening or dictation task, in any of the three languages (an English
 * lesson in a Kazakh school writes its tasks in English).
 */
export const READ_ALOUD_STEMS = [
  'тыңда', 'тыңдалым', 'диктант', 'аудио', 'аудир', 'прослуша', 'послушай', 'послушайте', 'слушани', 'под диктовку',
  'listen', 'dictation', 'dictate', 'audio',
] as const

/** Whether the task asks pupils to listen to something or to write what is dictated. */
export function isReadAloudTask(task: Pick<Task, 'text'>): boolean {
  const text = task.text.toLocaleLowerCase()
  return READ_ALOUD_STEMS.some((stem) => text.includes(stem))
}

export function teacherMaterialRules(a: Assessment): RawFinding[] {
  const out: RawFinding[] = []
  a.tasks.forEach((t, i) => {
    if (t.script.trim() === '' && isReadAloudTask(t)) out.push({ severity: 'hint', ruleId: 'teacher.noScript', path: taskPath(t.id, 'script'), params: { n: i + 1 } })
  })
  return out
}
