import type { Assessment } from '@/domain/model'
import type { PictureData, PrintOptions } from '@/domain/printOptions'

export interface BuildRequest {
  assessment: Assessment
  options: PrintOptions
  pictures: [string, PictureData][]
}

export type BuildResponse = { ok: true; blob: Blob } | { ok: false; error: string }
