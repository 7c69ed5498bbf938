/**
 * The messages the first page says — the app's frame (header, navigation, notices) and the library — which load
 * before it mounts; every other message loads right after (build/uiMessages.ts). A namespace, or a path inside one
 * where the first page needs only a few of its words. tests/unit/i18n/firstPage.test.ts checks that the first
 * page's files use nothing outside this list.
 */
export const FIRST_PAGE_MESSAGES: readonly string[] = [
  'app',
  'cardChecks',
  'common',
  'kind',
  'languageName',
  'library',
  'librarySearch',
  'pwa',
  'status',
  'storage',
  'variants.label',
  'catalogue.nav',
  'data.nav',
  'data.reminder',
  'growth.nav',
  'review.nav',
  'review.openCount',
  'workspace.nav',
  'wordIn.openAssessment',
  'wordIn.openAssessmentHint',
  'wordIn.reading',
]
