/** Where the peer (NesiciCoding/RubricMaker, built: dist/ and node_modules/) is, from PEER_DIR; null when not given. */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const PEER_HOW = 'set PEER_DIR to a checkout of NesiciCoding/RubricMaker with its node_modules and a built dist/ (npm ci && npm run build)'

/** The peer's directory, or a reason it cannot be used. */
export function peerDir() {
  const given = process.env.PEER_DIR
  if (!given) return { reason: `peer not given: ${PEER_HOW}` }
  const dir = resolve(given)
  for (const needed of ['src/utils/docxExport.ts', 'node_modules/docx', 'dist/index.html']) {
    if (!existsSync(`${dir}/${needed}`)) return { reason: `PEER_DIR=${dir} lacks ${needed}: ${PEER_HOW}` }
  }
  return { dir }
}
