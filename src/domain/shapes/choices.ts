/**
 * The closed lists of values a stored shape may hold. Plain constants, imported by the schemas
 * (./assessment.ts, ./review.ts) and re-exported by the domain models, so that neither imports the other.
 */
export const LANGUAGES = ['kk', 'ru', 'en'] as const
/** `unit`: БЖБ / СОр, for a section; `term`: ТЖБ / СОч, for a term. */
export const ASSESSMENT_KINDS = ['unit', 'term'] as const
export const TASK_TYPES = ['multipleChoice', 'shortAnswer', 'extendedAnswer'] as const
export const THINKING_LEVELS = ['knowledge', 'application', 'higher'] as const
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'changesRequested', 'resubmitted', 'approved'] as const

export const ROLES = ['teacher', 'mentor'] as const
export const VERDICTS = ['comment', 'requestChanges', 'approve'] as const
export const THREAD_STATUSES = ['open', 'resolved'] as const

/** The paragraphs of a term specification the teacher may reword (domain/specDocument). */
export const SPEC_TEXTS = ['purpose', 'content', 'results', 'administration', 'moderation', 'structure'] as const
/** The characteristic table's layout: grades 5–11 (section | objective | level | …) or primary (№ | section | subsection | …). */
export const SPEC_LAYOUTS = ['secondary', 'primary'] as const
