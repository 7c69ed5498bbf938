import { createRouter, createWebHashHistory } from 'vue-router'
import LibraryView from './views/LibraryView.vue'

/** Hash history: the built app works from any static host or a file share without server rewrites. */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'library', component: LibraryView },
    { path: '/assessment/:id', name: 'editor', component: () => import('./views/EditorView.vue'), props: true },
    { path: '/catalogue', name: 'catalogue', component: () => import('./views/CatalogueView.vue') },
    { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
    { path: '/growth', name: 'growth', component: () => import('./views/GrowthView.vue') },
    { path: '/trash', name: 'trash', component: () => import('./views/TrashView.vue') },
    { path: '/data', name: 'data', component: () => import('./views/DataView.vue') },
    { path: '/school', name: 'workspace', component: () => import('./views/WorkspaceView.vue') },
    { path: '/bank', name: 'bank', component: () => import('./views/BankView.vue') },
    {
      path: '/bank/:author/:item',
      name: 'bankItem',
      component: () => import('./views/EditorView.vue'),
      props: (route) => ({ id: '', bankAuthor: route.params.author, bankItem: route.params.item }),
    },
    { path: '/examples', name: 'examples', component: () => import('./views/ExamplesView.vue') },
    {
      path: '/example/:slug',
      name: 'example',
      component: () => import('./views/EditorView.vue'),
      props: (route) => ({ id: '', exampleSlug: route.params.slug }),
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
