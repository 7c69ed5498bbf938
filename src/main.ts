import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, loadUiLanguage } from './i18n'
import { dataLayer } from './db/lazy'
import type { Language } from './domain/model'
import './styles.css'

// the database code and the interface language load side by side; the page mounts when its words are here
dataLayer().catch(() => undefined)
await loadUiLanguage(i18n.global.locale.value as Language)
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
