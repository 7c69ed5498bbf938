import { describe, expect, it } from 'vitest'
import { isReadAloudTask, teacherMaterialRules } from '@/domain/checks/teacherMaterial'
import { runChecks } from '@/domain/checks/engine'
import { cleanAssessment } from '../checks/clean'

describe('teacher-only material checks', () => {
  it('knows listening and dictation tasks in kk, ru and en, and not other tasks', () => {
    const yes = ['Мәтінді тыңдаңыз да, сұрақтарға жауап беріңіз.', 'Тыңдалым мәтіні бойынша…', 'Прослушайте текст и ответьте.', 'Напишите под диктовку.', 'ДИКТАНТ', 'Listen and tick.', 'Write the words your teacher dictates.']
    const no = ['Мәтінді оқып, сұрақтарға жауап беріңіз.', 'Решите задачу.', 'Read the text and answer.', 'Сравните числа.']
    expect(yes.filter((text) => !isReadAloudTask({ text }))).toEqual([])
    expect(no.filter((text) => isReadAloudTask({ text }))).toEqual([])
  })

  it('hints once per listening task without a script, and is quiet once the script is written', () => {
    const a = cleanAssessment('ru')
    const listening = { ...a, tasks: a.tasks.map((t, i) => (i === 0 ? { ...t, text: 'Прослушайте текст.' } : t)) }
    expect(teacherMaterialRules(listening)).toEqual([{ severity: 'hint', ruleId: 'teacher.noScript', path: `tasks/${a.tasks[0].id}/script`, params: { n: 1 } }])
    const withScript = { ...listening, tasks: listening.tasks.map((t, i) => (i === 0 ? { ...t, script: 'Жил-был кот.' } : t)) }
    expect(teacherMaterialRules(withScript)).toEqual([])
    const worded = runChecks(listening).find((f) => f.ruleId === 'teacher.noScript')
    expect(worded?.message).toContain('Задание 1')
    expect(worded?.message).toContain('Только для учителя')
  })

  it('raises nothing on the clean assessments of every language', () => {
    for (const language of ['kk', 'ru', 'en'] as const) expect(teacherMaterialRules(cleanAssessment(language))).toEqual([])
  })
})
