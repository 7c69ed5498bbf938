/**
 * The one entry the app uses to build a .docx: in a Web Worker when the browser has them, so the page
 * stays responsive; on the main thread otherwise (or if the worker cannot start). This module itself
 * holds no Word code: the worker, or the fallback `import()`, loads it.
 */
import type { Assessment } from '@/domain/model'
import type { PictureMap, PrintOptions } from '@/domain/printOptions'
import type { BuildRequest, BuildResponse } from './workerProtocol'

function inWorker(request: BuildRequest): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<BuildResponse>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.blob)
      else reject(new Error(event.data.error))
    }
    worker.onerror = (event) => {
      worker.terminate()
      event.preventDefault()
      reject(new Error(`worker: ${event.message}`))
    }
    worker.postMessage(request)
  })
}

export async function buildDocx(assessment: Assessment, options: PrintOptions, pictures: PictureMap): Promise<Blob> {
  // plain copies: structured clone refuses Vue proxies
  const request: BuildRequest = { assessment: JSON.parse(JSON.stringify(assessment)) as Assessment, options: JSON.parse(JSON.stringify(options)) as PrintOptions, pictures: [...pictures] }
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(request)
    } catch {
      // fall through: build on the main thread
    }
  }
  const { buildAssessmentDocx } = await import('./index')
  return buildAssessmentDocx(request.assessment, request.options, pictures)
}
