/**
 * The growth page: reads the review history kept on this machine once per visit, and shows it for the
 * teacher herself or, for a mentor, per mentee (domain/growth). The printed record is built on request.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { readGrowthRows, type GrowthRows } from '@/db/growth'
import { growthFigures } from '@/domain/growth/figures'
import { menteesOf, mentorGrowth, teacherGrowth } from '@/domain/growth/sources'
import type { Language } from '@/domain/model'
import { downloadFile } from '@/composables/downloadFile'
import { useProfileStore } from './profile'

/** `mine` for the teacher's own record, else a mentee's key (domain/growth/sources.ts menteeKey). */
export type Whose = 'mine' | string

export const useGrowthStore = defineStore('growth', () => {
  const profile = useProfileStore()
  const rows = shallowRef<GrowthRows | null>(null)
  const error = shallowRef<unknown>(null)
  const whose = ref<Whose>('mine')
  /** Milliseconds the last figures took to compute (read by the bench and the browser test). */
  const lastComputeMs = ref(0)

  async function load(): Promise<void> {
    try {
      rows.value = await readGrowthRows()
      error.value = null
    } catch (e) {
      error.value = e
    }
  }

  const mentees = computed(() => menteesOf(rows.value?.rounds ?? []))
  const assessments = computed(() => {
    const src = rows.value
    if (!src) return []
    return whose.value === 'mine' ? teacherGrowth(src) : mentorGrowth(src, whose.value)
  })
  const figures = computed(() => {
    const started = performance.now()
    const g = growthFigures(assessments.value)
    lastComputeMs.value = performance.now() - started
    return g
  })

  /** Builds the one-page record in `language` and downloads it; resolves with the file name (throws when it cannot be built). */
  async function printRecord(language: Language, now = Date.now()): Promise<string> {
    {
      const { buildGrowthRecord, growthRecordFileName } = await import('@/export/docx/growthRecord')
      const mentee = mentees.value.find((m) => m.key === whose.value)
      const teacher = mentee ? mentee.person : profile.of('teacher')
      // the teacher's own record names the mentor of her latest verdict; a mentor's report names herself
      const verdicts = assessments.value.flatMap((a) => a.rounds.flatMap((r) => (r.verdict ? [r.verdict] : [])))
      const latest = verdicts.reduce<(typeof verdicts)[number] | null>((a, b) => (!a || b.finishedAt > a.finishedAt ? b : a), null)
      const mentor = mentee ? profile.of('mentor') : (latest?.reviewer ?? null)
      const blob = await buildGrowthRecord({ figures: figures.value, language, teacher, mentor, now })
      const name = growthRecordFileName(language, teacher, now)
      downloadFile(blob, name)
      return name
    }
  }

  return { rows, error, whose, mentees, assessments, figures, lastComputeMs, load, printRecord }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGrowthStore, import.meta.hot))
