import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

/** `npm run bench`: benchmarks of pure work (bench/, files ending .bench.ts) that print figures; never pass/fail. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { environment: 'node', benchmark: { include: ['bench/**/*.bench.ts'] } },
})
