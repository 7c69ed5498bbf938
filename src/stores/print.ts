/**
 * Printing to Word: reads the task pictures from the database, loads the Word library only now (with
 * `import()`, so it never weighs on the first load), builds the .docx and hands it to the browser as a
 * download. The state (step, error) drives the dialog's progress line.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { picturesRepo } from '@/db/pictures'
import { reviewsRepo } from '@/db/reviews'
import { versionsRepo } from '@/db/versions'
import { shownStatus } from '@/domain/review/status'
import { visibleToTeacher } from '@/domain/review/threads'
import { downloadFile } from '@/composables/downloadFile'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import { docxFileName } from '@/domain/printFileName'
import type { PictureMap, PrintApproval, PrintComment, PrintOptions } from '@/domain/printOptions'

// the dialog's choices are plain data (no Word library): components take them from here
export { defaultPrintOptions, MAX_RUBRIC_COPIES, PRINT_PARTS, type PrintOptions, type PrintPart } from '@/domain/printOptions'

export type PrintStep = 'idle' | 'pictures' | 'library' | 'building' | 'done' | 'failed'

/** The bytes of the assessment's pictures, keyed by blob id, with the size the editor recorded. */
export async function loadPictures(a: Assessment): Promise<PictureMap> {
  const pictures = a.tasks.flatMap((t) => t.pictures)
  if (pictures.length === 0) return new Map()
  const rows = await picturesRepo.getMany([...new Set(pictures.map((p) => p.blobId))])
  const map: PictureMap = new Map()
  for (const p of pictures) {
    const row = rows.get(p.blobId)
    if (!row || map.has(p.blobId)) continue
    map.set(p.blobId, { data: new Uint8Array(await row.blob.arrayBuffer()), mimeType: row.mimeType, width: p.width, height: p.height })
  }
  return map
}

/** The open threads the teacher can see, as Word comments (plain data: they cross to the Web Worker). */
export async function loadComments(a: Assessment): Promise<PrintComment[]> {
  const threads = visibleToTeacher(await reviewsRepo.threadsOf(a.id)).filter((t) => t.status === 'open')
  return threads.map((t) => {
    const [first, ...replies] = t.comments
    return {
      id: t.id,
      path: t.path,
      author: first.author,
      date: first.createdAt,
      text: first.text,
      replies: replies.map((c) => ({ author: c.author, date: c.createdAt, text: c.text })),
      resolved: false,
    }
  })
}

/**
 * The status printed: an approved document edited since its approval is a draft again (DRAFT watermark).
 * Read from the database at print time, not from the library's live list, which may not have arrived yet.
 */
export async function loadPrintedStatus(a: Assessment): Promise<AssessmentStatus> {
  return a.status === 'approved' ? shownStatus(a, (await versionsRepo.latest(a.id))?.hash ?? null) : a.status
}

/** Who approved the document and when: the latest round that ended with an approval. */
export async function loadApproval(a: Assessment): Promise<PrintApproval | undefined> {
  const approvals = (await reviewsRepo.roundsOf(a.id)).filter((r) => r.verdict === 'approve' && r.finishedAt !== null)
  const last = approvals.sort((x, y) => (x.finishedAt ?? 0) - (y.finishedAt ?? 0)).at(-1)
  return last ? { by: last.reviewer.name, at: last.finishedAt ?? 0 } : undefined
}

export const usePrintStore = defineStore('print', () => {
  const step = ref<PrintStep>('idle')
  const error = ref('')
  /** Milliseconds the last build took (shown to nobody; read by the browser test and bench). */
  const lastBuildMs = ref(0)

  const fileName = (a: Assessment): string => docxFileName(a)

  /** Builds the pack and downloads it; resolves with the file name, or null when it failed. */
  async function download(a: Assessment, options: PrintOptions): Promise<string | null> {
    error.value = ''
    try {
      step.value = 'pictures'
      const variants = options.variants ?? [a]
      const pictures = new Map((await Promise.all(variants.map(loadPictures))).flatMap((m) => [...m]))
      step.value = 'library'
      const { buildDocx } = await import('@/export/docx/build')
      step.value = 'building'
      // let the progress line paint before the build occupies the thread
      await new Promise((resolve) => setTimeout(resolve, 0))
      const started = performance.now()
      const printed = { ...a, status: await loadPrintedStatus(a) }
      const comments = await loadComments(a)
      const approval = printed.status === 'approved' ? await loadApproval(a) : undefined
      // each variant prints with its own status (a draft variant keeps its watermark)
      const printedVariants = options.variants && (await Promise.all(options.variants.map(async (v) => (v.id === a.id ? printed : { ...v, status: await loadPrintedStatus(v) }))))
      const blob = await buildDocx(printed, { ...options, rubricEdits: options.rubricEdits ?? a.rubricEdits, comments, approval, ...(printedVariants && { variants: printedVariants }) }, pictures)
      lastBuildMs.value = performance.now() - started
      const name = docxFileName(a)
      downloadFile(blob, name)
      step.value = 'done'
      return name
    } catch (e) {
      step.value = 'failed'
      error.value = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
      return null
    }
  }

  function reset(): void {
    step.value = 'idle'
    error.value = ''
  }

  return { step, error, lastBuildMs, fileName, download, reset }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePrintStore, import.meta.hot))
