import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { uiMessages } from './build/uiMessages.ts'
import { vueForVueI18n } from './build/vueForVueI18n.ts'
import { earlyChunks } from './build/earlyChunks.ts'

export default defineConfig({
  plugins: [
    vue(),
    vueForVueI18n(),
    earlyChunks(),
    uiMessages(fileURLToPath(new URL('./src/i18n/locales', import.meta.url))),
    // Offline after one visit: every built file is precached, including the lazily loaded Word
    // library, catalogue data and worked examples. Updates wait for the teacher (registerType: prompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Bagalau — жиынтық бағалау',
        short_name: 'Bagalau',
        description: 'БЖБ / ТЖБ (СОр / СОч) builder for teachers of Kazakhstan',
        lang: 'kk',
        start_url: '.',
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#1f5f8b',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Compile-time switches of Vue and vue-i18n: no Options API, no legacy i18n API or global components, no
  // devtools in production, and no message compiler (messages arrive precompiled from build/uiMessages.ts).
  define: {
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    // Everything the entry imports statically is one chunk: the first page then waits for two script files, not 35
    // small shared chunks (each a request and a module record before main.ts can run; 0.65 -> 0.41 of the peer's time
    // to its start screen in one run). Lazy pages still get their own chunks and import from this one.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'server/tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // limits for a loaded machine (npm run test:stress runs the tests beside a CPU hog): nothing here waits on time,
    // every wait ends when its condition holds, so a generous limit costs nothing on a quiet machine
    testTimeout: 30_000,
    hookTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
  },
})
