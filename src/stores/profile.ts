/**
 * Who signs at this machine, per role: the teacher's name and school on packages and replies to
 * threads, the mentor's on comments and reply files (on a shared computer both sit at one browser).
 * Kept in localStorage; no file can change it.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { ROLES, type Person, type Role } from '@/domain/review/model'

const STORAGE_KEY = 'bagalau.profiles'
const LIMIT = 300

const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, LIMIT) : '')

function load(): Record<Role, Person> {
  const empty = { teacher: { name: '', school: '' }, mentor: { name: '', school: '' } }
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Record<Role, Partial<Record<keyof Person, unknown>>>> | null
    if (!raw || typeof raw !== 'object') return empty
    return Object.fromEntries(ROLES.map((r) => [r, { name: str(raw[r]?.name), school: str(raw[r]?.school) }])) as Record<Role, Person>
  } catch {
    return empty
  }
}

export const useProfileStore = defineStore('profile', () => {
  const profiles = ref<Record<Role, Person>>(load())

  const of = (role: Role): Person => profiles.value[role]
  const named = (role: Role): boolean => profiles.value[role].name.trim() !== ''

  function save(role: Role, person: Person): void {
    profiles.value = { ...profiles.value, [role]: { name: person.name.trim().slice(0, LIMIT), school: person.school.trim().slice(0, LIMIT) } }
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(profiles.value))
    } catch {
      // storage blocked: the profile lasts for this visit only
    }
  }

  return { profiles, of, named, save }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
