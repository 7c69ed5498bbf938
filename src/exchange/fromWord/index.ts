/** Readers of Word files into assessments and review threads; loaded by `import()` with the .docx door. */
export { readAssessment } from './readAssessment'
export { readMentorComments } from './mentorComments'
export { threadsFromWord } from '@/domain/review/fromWord'
