/** Sample assessments for the Word export tests and benchmark, in each document language. */
import { unzipSync, strFromU8 } from 'fflate'
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import type { Assessment, Language, Task, TaskType } from '@/domain/model'

const TEXT: Record<Language, { title: string; subject: string; criteria: string[]; task: string; descriptor: string; option: string; section: string }> = {
  kk: {
    title: '«Жасушалар» бөлімі бойынша жиынтық бағалау',
    subject: 'Биология',
    criteria: ['Жасушаның құрылысын сипаттайды', 'Өсімдік және жануар жасушаларын салыстырады'],
    task: 'Суретте көрсетілген жасушаның бөліктерін атаңыз: ә ғ қ ң ө ұ ү һ і',
    descriptor: 'ядроны анықтайды',
    option: 'Митохондрия',
    section: 'Жасушалар',
  },
  ru: {
    title: 'Суммативное оценивание за раздел «Клетки»',
    subject: 'Биология',
    criteria: ['Описывает строение клетки', 'Сравнивает растительную и животную клетки'],
    task: 'Назовите части клетки, показанной на рисунке',
    descriptor: 'определяет ядро',
    option: 'Митохондрия',
    section: 'Клетки',
  },
  en: {
    title: 'Summative assessment for the unit "Cells"',
    subject: 'Biology',
    criteria: ['Describes the structure of a cell', 'Compares plant and animal cells'],
    task: 'Name the parts of the cell shown in the picture',
    descriptor: 'identifies the nucleus',
    option: 'Mitochondrion',
    section: 'Cells',
  },
}

const TYPES: TaskType[] = ['multipleChoice', 'shortAnswer', 'extendedAnswer']

/** An assessment with `taskCount` tasks cycling through the types; task 3 assesses both criteria. */
export function sampleAssessment(language: Language, taskCount = 4, kind: 'unit' | 'term' = 'unit'): Assessment {
  const t = TEXT[language]
  const o1 = createObjective(0, '7.1.2.1', 'Жасушаның құрылысын түсіндіру')
  const o2 = createObjective(1, '7.1.2.2', 'Жасушаларды салыстыру')
  const c1 = { ...createCriterion(0, t.criteria[0], [o1.id]), level: 'knowledge' as const }
  const c2 = { ...createCriterion(1, t.criteria[1], [o2.id]), level: 'application' as const }
  const tasks: Task[] = []
  for (let i = 0; i < taskCount; i++) {
    const type = TYPES[i % 3]
    const both = i % 4 === 2
    const criterionIds = both ? [c1.id, c2.id] : [i % 4 === 3 ? c2.id : c1.id]
    const descriptors = [createDescriptor(0, criterionIds[0], `${t.descriptor} ${i + 1}.1`, 1)]
    if (type !== 'multipleChoice') descriptors.push(createDescriptor(1, criterionIds[criterionIds.length - 1], `${t.descriptor} ${i + 1}.2`, 2))
    tasks.push({
      ...createTask(i, type),
      text: `${t.task} (${i + 1})`,
      level: (['knowledge', 'application', 'higher'] as const)[i % 3],
      criterionIds,
      minutes: 5,
      answer: `Answer ${i + 1}`,
      options: type === 'multipleChoice' ? [0, 1, 2, 3].map((k) => createOption(k, `${t.option} ${k + 1}`, k === 1)) : [],
      descriptors,
    })
  }
  return {
    ...createAssessment({ kind, language }),
    title: t.title,
    subject: t.subject,
    grade: 7,
    term: 2,
    sections: [t.section],
    durationMinutes: 25,
    objectives: [o1, o2],
    criteria: [c1, c2],
    tasks,
  }
}

const KK_PROSE =
  'білім алушы мәтіндегі негізгі оқиғаларды ретімен анықтайды, себеп пен салдардың байланысын түсіндіреді, ' +
  'ә ғ қ ң ө ұ ү һ і әріптері бар сөздерді дұрыс жазады, өз ойын дәлелдермен негіздейді және қорытынды жасайды; '

/** Kazakh prose of exactly `length` characters, different for each `seed`. */
export function kazakhText(seed: string, length = 350): string {
  let text = `${seed} `
  while (text.length < length) text += KK_PROSE
  return text.slice(0, length)
}

/**
 * The export benchmark's document: `taskCount` tasks (types cycling, as in `sampleAssessment`), each with
 * `descriptorsPerTask` descriptors of `length` Kazakh characters, the tasks spread over two criteria.
 */
export function longDescriptorAssessment(taskCount = 200, descriptorsPerTask = 5, length = 350): Assessment {
  const a = sampleAssessment('kk', taskCount)
  const [c1, c2] = a.criteria
  return {
    ...a,
    tasks: a.tasks.map((t, i) => {
      const criterionId = i < taskCount / 2 ? c1.id : c2.id
      return {
        ...t,
        criterionIds: [criterionId],
        descriptors: Array.from({ length: descriptorsPerTask }, (_, j) => createDescriptor(j, criterionId, kazakhText(`${i + 1}.${j + 1}`, length), 1)),
      }
    }),
  }
}

/** The XML parts of a .docx file by path. */
export async function unzipDocx(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
  return Object.fromEntries(Object.entries(files).filter(([p]) => /\.(xml|rels)$/.test(p)).map(([p, data]) => [p, strFromU8(data)]))
}

/** Text of every paragraph in the XML (runs joined), in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''))
}

export function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Rows of each table: the cells' text and their merge marks. */
export function tables(xml: string): { text: string; vMerge: string | null; span: number }[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tbl) =>
    [...tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => ({
        text: paragraphTexts(tc[0]).join('\n'),
        vMerge: /<w:vMerge\/>/.test(tc[0]) ? 'continue' : (/<w:vMerge w:val="(\w+)"/.exec(tc[0])?.[1] ?? null),
        span: Number(/<w:gridSpan w:val="(\d+)"/.exec(tc[0])?.[1] ?? 1),
      })),
    ),
  )
}
