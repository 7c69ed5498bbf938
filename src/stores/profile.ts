/** The person at this machine: name, school and role. Kept in localStorage; no file can change it. */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ROLES, type Profile, type Role } from '@/domain/review/model'

const STORAGE_KEY = 'bagalau.profile'
const EMPTY: Profile = { name: '', school: '', role: 'teacher' }

function load(): Profile {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Record<keyof Profile, unknown>> | null
    if (!raw || typeof raw !== 'object') return { ...EMPTY }
    return {
      name: typeof raw.name === 'string' ? raw.name.slice(0, 300) : '',
      school: typeof raw.school === 'string' ? raw.school.slice(0, 300) : '',
      role: (ROLES as readonly unknown[]).includes(raw.role) ? (raw.role as Role) : 'teacher',
    }
  } catch {
    return { ...EMPTY }
  }
}

export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile>(load())
  const named = computed(() => profile.value.name.trim() !== '')

  function save(next: Profile): void {
    profile.value = { name: next.name.trim(), school: next.school.trim(), role: next.role }
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(profile.value))
    } catch {
      // storage blocked: the profile lasts for this visit only
    }
  }

  return { profile, named, save }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
