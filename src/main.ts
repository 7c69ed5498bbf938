import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, loadAllMessages, loadUiLanguage } from './i18n'
import type { Language } from './domain/model'
import { firstScreenShown, startFirstRead } from './stores/firstScreen'
import './styles.css'

// the page mounts when its words are here; the database code loads when a page first asks for it (the library's list
// is read without it first: stores/library.ts), and index.html has already fetched it for every other page
const language = () => i18n.global.locale.value as Language
// opened at the library, its list is read from IndexedDB while the words load
if (router.resolve(location.hash.slice(1) || '/').name === 'library') startFirstRead()
await loadUiLanguage(language())
// the library speaks first; every other page waits for the rest of the words, which start loading at once
router.beforeEach(async (to) => {
  if (to.name !== 'library') await loadAllMessages(language())
})
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
// the rest of the words load once the first page has shown what it opened for
void firstScreenShown(router).then(() => loadAllMessages(language())).catch(() => undefined)
