import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, loadAllMessages, loadUiLanguage } from './i18n'
import { dataLayer } from './db/lazy'
import type { Language } from './domain/model'
import './styles.css'

// the database code and the interface language load side by side; the page mounts when its words are here
dataLayer().catch(() => undefined)
const language = () => i18n.global.locale.value as Language
await loadUiLanguage(language())
// the library speaks first; every other page waits for the rest of the words, which start loading at once
router.beforeEach(async (to) => {
  if (to.name !== 'library') await loadAllMessages(language())
})
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
loadAllMessages(language()).catch(() => undefined)
