/**
 * The catalogue's search index in a Web Worker (started by src/stores/catalogueIndex.ts): building it for 20,000
 * entries, the scan that answers while it is built, and the index's answer to each keystroke all happen here, off the
 * page's thread. Messages: domain/catalogue/indexService.ts.
 */
import { IndexService, type IndexRequest } from '@/domain/catalogue/indexService'

// the build yields through a message port, not setTimeout: nested timers are held back 4 ms each, and a build of
// 20,000 entries yields a hundred times; the messages that came meanwhile (scans) run in between
const channel = new MessageChannel()
const resumes: (() => void)[] = []
channel.port1.onmessage = () => resumes.shift()?.()
const pause = () =>
  new Promise<void>((resolve) => {
    resumes.push(resolve)
    channel.port2.postMessage(null)
  })

const service = new IndexService((reply) => self.postMessage(reply), { pause })

self.onmessage = (event: MessageEvent<IndexRequest>) => service.handle(event.data)
