import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import ExampleBanner from '@/components/examples/ExampleBanner.vue'
import { i18n } from '@/i18n'
import { useExamplesStore } from '@/stores/examples'

const Empty = defineComponent({ template: '<div />' })

describe('ExampleBanner', () => {
  it('says the example is read-only, shows its source and makes an editable copy', async () => {
    i18n.global.locale.value = 'kk'
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/example/:slug', component: Empty },
        { path: '/assessment/:id', name: 'editor', component: Empty },
      ],
    })
    await router.push('/example/sor-kk-history-9')
    const wrapper = mount(ExampleBanner, { props: { slug: 'sor-kk-history-9' }, global: { plugins: [i18n, createPinia(), router] } })
    // the example file loads as its own module
    await vi.waitFor(() => expect(wrapper.text()).toContain('тек оқуға болады'))
    expect(wrapper.get('[data-testid=example-source]').attributes('href')).toMatch(/^http:\/\/engime\.org\//)
    expect(wrapper.get('[data-testid=example-added]').text()).toContain('Үлгі үшін жазылған (жарияланған бетте жоқ): тапсырма мәтіндері')
    await wrapper.get('[data-testid=example-copy]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('editor'))
    expect(String(router.currentRoute.value.params.id)).toMatch(/^[0-9a-zA-Z]{16}$/)
  })

  it('shows nothing for an unknown example', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: Empty }] })
    const pinia = createPinia()
    const summary = vi.spyOn(useExamplesStore(pinia), 'summary')
    const wrapper = mount(ExampleBanner, { props: { slug: 'nope' }, global: { plugins: [i18n, pinia, router] } })
    // the banner asked for the example and was refused: only then can its absence mean anything
    await vi.waitFor(() => expect(summary).toHaveBeenCalledWith('nope'))
    await expect(summary.mock.results[0].value).rejects.toThrow()
    await flushPromises()
    expect(wrapper.find('[data-testid=example-banner]').exists()).toBe(false)
  })
})
