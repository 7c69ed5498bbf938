/**
 * The catalogue's search index in a Web Worker (started by src/stores/catalogueIndex.ts): building it for 20,000
 * entries and answering each keystroke happen here, off the page's thread. Messages: domain/catalogue/indexService.ts.
 */
import { IndexService, type IndexRequest } from '@/domain/catalogue/indexService'

const service = new IndexService()

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  const reply = service.handle(event.data)
  if (reply) self.postMessage(reply)
}
