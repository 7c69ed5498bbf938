/**
 * Who signs at this machine, per role: the teacher's name and school on packages and replies to
 * threads, the mentor's on comments and reply files (on a shared computer both sit at one browser).
 * Kept in localStorage; no file can change it.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { Person, Role } from '@/domain/review/model'
import { PROFILE_TEXT_LIMIT as LIMIT, storedProfiles } from '@/storage/browserStorage'

export const useProfileStore = defineStore('profile', () => {
  const profiles = ref<Record<Role, Person>>(storedProfiles.read())

  const of = (role: Role): Person => profiles.value[role]
  const named = (role: Role): boolean => profiles.value[role].name.trim() !== ''

  function save(role: Role, person: Person): void {
    profiles.value = { ...profiles.value, [role]: { name: person.name.trim().slice(0, LIMIT), school: person.school.trim().slice(0, LIMIT) } }
    // storage blocked or full: the profile lasts for this visit only
    storedProfiles.write(profiles.value)
  }

  /**
   * The mentor reviewing at this computer (a same-computer review), with the name as typed when the mentor
   * started; null once the mentor has left (or before one started). Kept for this visit only: a reload or a
   * closed tab means the mentor has left.
   */
  const sittingMentor = ref<string | null>(null)

  /** The mentor starts at this computer under the name typed in the mentor's profile; false when no name is typed. */
  function mentorSitsDown(): boolean {
    if (!named('mentor')) return false
    sittingMentor.value = profiles.value.mentor.name
    return true
  }

  function mentorLeaves(): void {
    sittingMentor.value = null
  }

  /** Who signs a backup file made here: the teacher, else the mentor, else nobody (''). */
  const signer = (): string => profiles.value.teacher.name || profiles.value.mentor.name

  return { profiles, of, named, save, signer, sittingMentor, mentorSitsDown, mentorLeaves }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProfileStore, import.meta.hot))
