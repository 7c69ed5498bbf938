/**
 * vue-i18n reads `Vue[key]` from `import * as Vue from 'vue'` (to find the current instance), and that one dynamic
 * read makes the bundler keep every export of Vue: Transition, KeepAlive, Suspense, Teleport, hydration and more.
 * This plugin hands vue-i18n a module with only the names it uses, so the rest of Vue can be tree-shaken.
 */
import type { Plugin } from 'vite'

const SHIM_ID = '\0vue-for-vue-i18n'
const NAMES = [
  'createVNode', 'Text', 'computed', 'watch', 'ref', 'shallowRef', 'Fragment', 'defineComponent', 'h', 'getCurrentScope',
  'onScopeDispose', 'effectScope', 'inject', 'onMounted', 'onUnmounted', 'isRef', 'getCurrentInstance',
]

export function vueForVueI18n(): Plugin {
  return {
    name: 'bagalau-vue-for-vue-i18n',
    enforce: 'pre',
    apply: 'build',
    resolveId(id, importer) {
      return id === 'vue' && importer?.includes('/node_modules/vue-i18n/') ? SHIM_ID : undefined
    },
    load(id) {
      return id === SHIM_ID ? `export { ${NAMES.join(', ')} } from 'vue'` : undefined
    },
  }
}
