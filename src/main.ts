import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, loadUiLanguage } from './i18n'
import type { Language } from './domain/model'
import './styles.css'

await loadUiLanguage(i18n.global.locale.value as Language)
createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
