/**
 * Builds the Word pack off the main thread: a 200-task document takes about a second to pack, which
 * would otherwise freeze the page. Receives plain data, answers with the .docx Blob or an error text.
 */
import { buildAssessmentDocx } from './index'
import type { BuildRequest, BuildResponse } from './workerProtocol'

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { assessment, options, pictures } = event.data
  let response: BuildResponse
  try {
    response = { ok: true, blob: await buildAssessmentDocx(assessment, options, new Map(pictures)) }
  } catch (e) {
    response = { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }
  }
  self.postMessage(response)
}
