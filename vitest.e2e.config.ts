import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (Debian's) via playwright-core against the built app served by `vite preview`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
