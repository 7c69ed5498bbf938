import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium (Debian's) via playwright-core against the built app served by `vite preview`. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // limits for a loaded machine (npm run test:stress runs them beside a CPU hog): a wait ends when its condition
    // holds, so generous limits cost nothing on a quiet machine; expect.poll's own default (1 s) is far too short
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 20_000 } },
    fileParallelism: false,
  },
})
