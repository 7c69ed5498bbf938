import type { Assessment } from '../../src/domain/model'

/** A large assessment in the stored shape: `tasks` tasks of `descriptorsPerTask` descriptors each. */
export function bigAssessment(tasks?: number, descriptorsPerTask?: number): Assessment
