/**
 * The editor's read-only views derived from the tasks (tables a methodologist reads). Each entry is a
 * tab beside "Edit"; its component receives `assessment` and may emit `focus` with a field path.
 */
import type { Component } from 'vue'

export interface DerivedTab {
  id: string
  /** i18n key of the tab's label */
  labelKey: string
  component: () => Promise<Component | { default: Component }>
}

export const DERIVED_TABS: DerivedTab[] = [
  { id: 'descriptors', labelKey: 'derived.descriptorTable', component: () => import('./DescriptorTableView.vue') },
  { id: 'specification', labelKey: 'tables.specification', component: () => import('./EditableSpecification.vue') },
  { id: 'markScheme', labelKey: 'tables.markScheme', component: () => import('./MarkSchemeView.vue') },
  { id: 'parentRubric', labelKey: 'tables.parentRubric', component: () => import('./EditableParentRubric.vue') },
  { id: 'markBands', labelKey: 'tables.markBands', component: () => import('./MarkBandsView.vue') },
]
