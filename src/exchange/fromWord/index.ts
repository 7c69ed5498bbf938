/** Readers of Word files into assessments and review threads; loaded by `import()` with the .docx door. */
export { assessmentSource } from './assessmentSource'
export { readMentorComments } from './mentorComments'
export { assessmentFromWord } from '@/domain/wordImport/assessmentFromWord'
export { threadsFromWord } from '@/domain/review/fromWord'
