/** The fixed wording of a term specification in English (see wording.ts). */
import { listJoin, stageOf, type SpecFacts, type SpecWording } from './wording'

const STAGE = { primary: 'primary', lowerSecondary: 'lower secondary', upperSecondary: 'upper secondary' }
const subjectIn = (f: SpecFacts) => (f.subject ? ` in ${f.subject}` : '')
const termOf = (f: SpecFacts) => (f.term !== null ? `term ${f.term}` : 'the term')
const QUESTIONS = { multipleChoice: 'multiple choice', shortAnswer: 'short-answer', extendedAnswer: 'extended-response' }
const HOW = {
  multipleChoice: 'In multiple choice questions learners choose the correct answer from the options given.',
  shortAnswer: 'In short-answer questions learners write the answer as a number, a word or a short sentence.',
  extendedAnswer: 'In extended-response questions learners show the whole sequence of their work to get the full mark.',
}

export const EN: SpecWording = {
  title: (f) => `Specification of summative assessment for the term${subjectIn(f)}${f.grade !== null ? `, Grade ${f.grade}` : ''}`,
  headings: {
    purpose: 'Purpose of summative assessment for the term',
    content: 'Document that defines the content of summative assessment for the term',
    results: (f) => `Expected results${subjectIn(f)}`,
    levels: (f) => `Levels of thinking skills${subjectIn(f)}`,
    distribution: 'Distribution of learning objectives by levels of thinking skills across terms',
    administration: 'Rules for administering summative assessment',
    moderation: 'Moderation and marking',
    term: (f) => `Specification of summative assessment for ${termOf(f)}`,
    overview: (f) => `Review of summative assessment for ${termOf(f)}`,
    structure: 'Structure of summative assessment',
    characteristics: (f) => `Characteristics of tasks of summative assessment for ${termOf(f)}`,
    markScheme: 'Mark scheme',
  },
  purpose: (f) =>
    'Summative assessment is aimed at identifying the level of knowledge, understanding and skills that learners have acquired during the term. ' +
    `This specification describes the content and procedure of summative assessment for the term${subjectIn(f)}${f.grade !== null ? ` in Grade ${f.grade}` : ''}. ` +
    'The tasks are designed in line with the learning objectives of the typical curriculum and the levels of thinking skills.',
  content: (f) => {
    const stage = stageOf(f.grade)
    return `The typical curriculum for the subject "${f.subject || '…'}"${f.grade !== null ? ` for Grade ${f.grade}` : ''}${stage ? ` of ${STAGE[stage]} education` : ''} (updated content).`
  },
  resultsIntro: 'By the end of the term learners should achieve the following learning objectives:',
  administration:
    'Before the summative assessment learners should be told its rules (duration, number of tasks, how to record answers). ' +
    'Learners are not allowed to work together during the summative assessment. Learners should not have access to additional resources that may help them, for example dictionaries or reference books (unless the specification says otherwise). ' +
    'Before the start the instructions are read out and learners are told how much time they have. ' +
    'Learners should cross out a wrong answer neatly instead of erasing it. ' +
    'During the summative assessment the teacher should not answer questions that could lead learners to the correct answer. ' +
    'When the time is over, learners stop working and put their pens down.',
  moderation:
    'All teachers use the same mark scheme. During moderation, samples of marked work are checked so that marking does not deviate from the mark scheme.',
  structure: (f) =>
    [
      `This paper consists of ${f.taskCount} ${f.taskCount === 1 ? 'question' : 'questions'}, including ${listJoin(f.types.map((t) => QUESTIONS[t]), 'and')} questions.`,
      ...f.types.map((t) => HOW[t]),
      'A question may consist of several structural parts/sub-questions.',
    ].join(' '),
  overview: {
    duration: (m) => `Duration – ${m === null ? '—' : `${m} ${m === 1 ? 'minute' : 'minutes'}`}`,
    points: (p) => `Total marks – ${p}`,
    types: 'Types of tasks:',
  },
  typesPlural: {
    multipleChoice: 'MCQ – multiple choice questions',
    shortAnswer: 'SAQ – short-answer questions',
    extendedAnswer: 'ERQ – extended-response questions',
  },
  levelsTable: {
    level: 'Level of thinking skills',
    description: 'Description',
    recommended: 'Recommended type of tasks',
    rows: {
      knowledge: {
        description: 'Knowing and understanding terms, concepts, facts, definitions, rules and laws; recalling what was learnt and explaining it in one’s own words.',
        recommended: 'Multiple choice questions (MCQ) and/or short-answer questions (SAQ) are recommended to assess this level.',
      },
      application: {
        description: 'Applying knowledge and skills in familiar and new situations: solving problems, following a model or an algorithm, interpreting data.',
        recommended: 'Short-answer questions (SAQ) and/or extended-response questions (ERQ) are recommended to assess this level.',
      },
      higher: {
        description: 'Analysis, synthesis and evaluation: finding links and patterns, drawing conclusions and generalisations, giving a reasoned judgement.',
        recommended: 'Extended-response questions (ERQ) are recommended to assess this level.',
      },
    },
  },
  distributionTable: { term: 'Term', total: 'Total', termName: (t) => (t !== null ? `Term ${t}` : 'Term') },
  primary: { number: '№', section: 'Unit', subsection: 'Subunit', objective: 'Learning objective', description: 'Task description', taskCount: 'Number of tasks', points: 'Total marks' },
}
