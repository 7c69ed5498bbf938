/** Finding messages in the document's language, per rule id. Parameters: n (task №), word, total, min, max … */
import type { Messages } from './types'

type P = Record<string, string | number>

const ruRules = new Intl.PluralRules('ru')
const enRules = new Intl.PluralRules('en')
/** A count with its noun in the form Russian needs after it (1 вариант, 2 варианта, 0 / 5 вариантов). */
export const ruCount = (n: number, one: string, few: string, many: string): string => {
  const form = ruRules.select(n)
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`
}
/** A count with its noun in English (1 option, 0 / 2 options). */
export const enCount = (n: number, one: string, other: string): string => `${n} ${enRules.select(n) === 'one' ? one : other}`
const num = (v: string | number): number => (typeof v === 'number' ? v : Number(v))

// a language named inside a message: «орыс тілінде», «на русском», "in Russian"
const IN_LANGUAGE: Record<string, Record<string, string>> = {
  kk: { kk: 'қазақ тілінде', ru: 'орыс тілінде', en: 'ағылшын тілінде' },
  ru: { kk: 'на казахском', ru: 'на русском', en: 'на английском' },
  en: { kk: 'in Kazakh', ru: 'in Russian', en: 'in English' },
}
const DOCUMENT_IN: Record<string, Record<string, string>> = {
  kk: { kk: 'қазақша', ru: 'орысша', en: 'ағылшынша' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
}

const m = (kk: (p: P) => string, ru: (p: P) => string, en: (p: P) => string) => ({ kk, ru, en })

export const MESSAGES: Messages = {
  'assessment.noObjectives': m(() => 'Оқу мақсаттары қосылмаған.', () => 'Не добавлены цели обучения.', () => 'No learning objectives yet.'),
  'assessment.noCriteria': m(() => 'Бағалау критерийлері қосылмаған.', () => 'Не добавлены критерии оценивания.', () => 'No assessment criteria yet.'),
  'assessment.noTasks': m(() => 'Тапсырмалар қосылмаған.', () => 'Не добавлены задания.', () => 'No tasks yet.'),
  'header.noSubject': m(() => 'Пән көрсетілмеген.', () => 'Не указан предмет.', () => 'The subject is not given.'),
  'header.noGrade': m(() => 'Сынып көрсетілмеген.', () => 'Не указан класс.', () => 'The grade is not given.'),
  'header.noTerm': m(() => 'Тоқсан көрсетілмеген.', () => 'Не указана четверть.', () => 'The term is not given.'),
  'task.noType': m((p) => `${p.n}-тапсырманың түрі таңдалмаған.`, (p) => `У задания ${p.n} не выбран тип.`, (p) => `Task ${p.n} has no type.`),
  'task.noLevel': m(
    (p) => `${p.n}-тапсырманың ойлау дағдыларының деңгейі таңдалмаған.`,
    (p) => `У задания ${p.n} не выбран уровень мыслительных навыков.`,
    (p) => `Task ${p.n} has no level of thinking skills.`,
  ),
  'task.noCriterion': m((p) => `${p.n}-тапсырма ешбір бағалау критерийімен байланыспаған.`, (p) => `Задание ${p.n} не связано ни с одним критерием оценивания.`, (p) => `Task ${p.n} is linked to no assessment criterion.`),
  'task.noDescriptor': m((p) => `${p.n}-тапсырмада дескриптор жоқ.`, (p) => `В задании ${p.n} нет дескрипторов.`, (p) => `Task ${p.n} has no descriptors.`),
  'part.noDescriptor': m(
    (p) => `${p.n} бөлігін бағалайтын дескриптор жоқ.`,
    (p) => `Ни один дескриптор не оценивает часть ${p.n}.`,
    (p) => `No descriptor marks part ${p.n}.`,
  ),
  'task.emptyText': m((p) => `${p.n}-тапсырманың мәтіні бос.`, (p) => `Текст задания ${p.n} пуст.`, (p) => `The text of task ${p.n} is empty.`),
  'criterion.noObjective': m((p) => `«${p.text}» критерийі ешбір оқу мақсатымен байланыспаған.`, (p) => `Критерий «${p.text}» не связан ни с одной целью обучения.`, (p) => `Criterion “${p.text}” is linked to no learning objective.`),
  'criterion.unused': m((p) => `«${p.text}» критерийі бойынша тапсырма жоқ.`, (p) => `По критерию «${p.text}» нет ни одного задания.`, (p) => `No task assesses criterion “${p.text}”.`),
  'criterion.emptyText': m(() => 'Бағалау критерийінің мәтіні бос.', () => 'Текст критерия оценивания пуст.', () => 'An assessment criterion is empty.'),
  'objective.notAssessed': m((p) => `${p.code} оқу мақсаты ешбір критерий арқылы бағаланбайды.`, (p) => `Цель обучения ${p.code} не оценивается ни одним критерием.`, (p) => `Learning objective ${p.code} is assessed by no criterion.`),
  'objective.emptyCode': m(() => 'Оқу мақсатының коды бос.', () => 'Не указан код цели обучения.', () => 'A learning objective has no code.'),
  'objective.emptyText': m((p) => `${p.code} оқу мақсатының мәтіні бос.`, (p) => `Текст цели обучения ${p.code} пуст.`, (p) => `Learning objective ${p.code} has no text.`),
  'descriptor.emptyText': m((p) => `${p.n}-тапсырмада бос дескриптор бар.`, (p) => `В задании ${p.n} есть пустой дескриптор.`, (p) => `Task ${p.n} has an empty descriptor.`),
  'descriptor.foreignCriterion': m(
    (p) => `${p.n}-тапсырманың дескрипторы осы тапсырмаға байланыспаған критерийге жатады.`,
    (p) => `Дескриптор задания ${p.n} относится к критерию, не связанному с этим заданием.`,
    (p) => `A descriptor of task ${p.n} belongs to a criterion the task is not linked to.`,
  ),
  'descriptor.noCriterion': m(
    (p) => `${p.n}-тапсырманың бірнеше критерийі бар: дескриптордың критерийін таңдаңыз.`,
    (p) => `У задания ${p.n} несколько критериев: выберите критерий дескриптора.`,
    (p) => `Task ${p.n} has several criteria: choose this descriptor’s criterion.`,
  ),
  'descriptor.duplicate': m((p) => `${p.n}-тапсырмада «${p.text}» дескрипторы қайталанады.`, (p) => `В задании ${p.n} дескриптор «${p.text}» повторяется.`, (p) => `Descriptor “${p.text}” is repeated in task ${p.n}.`),
  'option.emptyText': m((p) => `${p.n}-тапсырманың ${p.letter} нұсқасы бос.`, (p) => `Вариант ${p.letter} задания ${p.n} пуст.`, (p) => `Option ${p.letter} of task ${p.n} is empty.`),
  'descriptor.points': m(
    (p) => `${p.n}-тапсырманың дескриптор балы (${p.value}) 0-ден үлкен бүтін сан болуы керек.`,
    (p) => `Балл дескриптора задания ${p.n} (${p.value}) должен быть целым числом больше 0.`,
    (p) => `A descriptor mark in task ${p.n} (${p.value}) must be a whole number above 0.`,
  ),
  'total.range': m(
    (p) => `Жалпы балл ${p.total}: ${p.kind} үшін әдетте ${p.min}–${p.max} балл.`,
    (p) => `Всего баллов ${p.total}: для ${p.kind} обычно ${p.min}–${p.max}.`,
    (p) => `Total marks ${p.total}: a ${p.kind} usually has ${p.min}–${p.max}.`,
  ),
  'time.over': m(
    (p) => `Тапсырмалардың уақыты ${p.minutes} мин, орындау уақыты ${p.duration} мин.`,
    (p) => `Задания требуют ${p.minutes} мин, а время выполнения ${p.duration} мин.`,
    (p) => `The tasks take ${p.minutes} min but the time is ${p.duration} min.`,
  ),
  'time.duration': m(
    (p) => `Орындау уақыты ${p.duration} мин: ${p.kind} үшін әдетте ${p.min}–${p.max} мин.`,
    (p) => `Время выполнения ${p.duration} мин: для ${p.kind} обычно ${p.min}–${p.max} мин.`,
    (p) => `Time ${p.duration} min: a ${p.kind} usually takes ${p.min}–${p.max} min.`,
  ),
  'teacher.noScript': m(
    (p) => `${p.n}-тапсырма тыңдауға не диктантқа арналған, бірақ мұғалім оқитын мәтін жазылмаған. Оны «Тек мұғалімге» бөлігіне жазыңыз: ол оқушы парағына шықпайды.`,
    (p) => `Задание ${p.n} — на аудирование или диктант, но текст, который читает учитель, не записан. Запишите его в блок «Только для учителя»: на лист ученика он не попадёт.`,
    (p) => `Task ${p.n} is a listening or dictation task but has no script. Write it under “Teacher only”: it never prints on the pupil's sheet.`,
  ),
  'language.textMismatch': m(
    (p) => `Мәтін ${IN_LANGUAGE.kk[p.found]} жазылған, ал құжат тілі — ${DOCUMENT_IN.kk[p.language]}: тақырыптар мен рубрика ${DOCUMENT_IN.kk[p.language]} басылады. Құжат тілін мәтінге сәйкестендіріңіз.`,
    (p) => `Текст написан ${IN_LANGUAGE.ru[p.found]}, а язык документа — ${DOCUMENT_IN.ru[p.language]}: заголовки и рубрика напечатаются на другом языке. Выберите язык документа по тексту.`,
    (p) => `The text is ${IN_LANGUAGE.en[p.found]} but the document language is ${DOCUMENT_IN.en[p.language]}: headings and the rubric would print in ${DOCUMENT_IN.en[p.language]}. Choose the document language of the text.`,
  ),
  'time.noDuration': m(() => 'Орындау уақыты көрсетілмеген.', () => 'Не указано время выполнения.', () => 'The time is not given.'),
  'time.noMinutes': m((p) => `${p.n}-тапсырманың орындау уақыты көрсетілмеген (спецификация үшін керек).`, (p) => `Не указано время на задание ${p.n} (нужно для спецификации).`, (p) => `Task ${p.n} has no time (the specification needs it).`),
  'levels.termSpread': m(
    () => 'Тоқсандық жиынтық бағалау ойлау дағдыларының кемінде екі деңгейін қамтуы керек.',
    () => 'Суммативное оценивание за четверть должно охватывать не менее двух уровней мыслительных навыков.',
    () => 'A term assessment should cover at least two levels of thinking skills.',
  ),
  'levels.termHigher': m(
    () => 'Жоғары деңгей дағдыларына арналған тапсырма жоқ.',
    () => 'Нет задания на навыки высокого порядка.',
    () => 'There is no task for higher-order thinking skills.',
  ),
  'levels.unitRecall': m(
    () => 'Барлық тапсырма «Білу және түсіну» деңгейінде: қолдануға арналған тапсырма қосыңыз.',
    () => 'Все задания на уровне «Знание и понимание»: добавьте задание на применение.',
    () => 'Every task is “Knowledge and comprehension”: add an application task.',
  ),
  'mc.fewOptions': m((p) => `${p.n}-тапсырмада ${p.count} жауап нұсқасы бар: кемінде үшеу керек.`, (p) => `В задании ${p.n} ${ruCount(num(p.count), 'вариант', 'варианта', 'вариантов')} ответа: нужно не меньше трёх.`, (p) => `Task ${p.n} has ${enCount(num(p.count), 'option', 'options')}: at least three are needed.`),
  'mc.noCorrect': m((p) => `${p.n}-тапсырмада дұрыс жауап белгіленбеген.`, (p) => `В задании ${p.n} не отмечен верный ответ.`, (p) => `Task ${p.n} has no correct option marked.`),
  'mc.duplicateOption': m((p) => `${p.n}-тапсырмада ${p.letter} нұсқасы қайталанады.`, (p) => `В задании ${p.n} вариант ${p.letter} повторяет другой.`, (p) => `Option ${p.letter} of task ${p.n} repeats another option.`),
  'criterion.imperative': m(
    (p) => `Критерий білім алушының әрекеті болуы керек, тапсырма емес («${p.word}»).`,
    (p) => `Критерий описывает действие обучающегося, а не указание ему («${p.word}»).`,
    (p) => `A criterion states what the learner does, not an instruction to the pupil (“${p.word}”).`,
  ),
  'descriptor.imperative': m(
    (p) => `Дескриптор білім алушының әрекеті болуы керек, тапсырма емес («${p.word}»).`,
    (p) => `Дескриптор описывает действие обучающегося, а не указание ему («${p.word}»).`,
    (p) => `A descriptor states what the learner does, not an instruction (“${p.word}”).`,
  ),
  'descriptor.vague': m(
    (p) => `«${p.word}» — бақыланбайтын әрекет: білім алушы нені істейтінін жазыңыз (атайды, жазады, анықтайды…).`,
    (p) => `«${p.word}» нельзя наблюдать: напишите, что делает обучающийся (называет, записывает, определяет…).`,
    (p) => `“${p.word}” cannot be observed: say what the learner does (names, writes, identifies…).`,
  ),
  'criterion.vague': m(
    (p) => `«${p.word}» — бақыланбайтын әрекет; критерийді нақты әрекетпен жазған дұрыс.`,
    (p) => `«${p.word}» нельзя наблюдать; лучше назвать конкретное действие.`,
    (p) => `“${p.word}” cannot be observed; a concrete action is better.`,
  ),
  'descriptor.twoActions': m(
    () => 'Бір дескрипторда екі әрекет болуы мүмкін: әрқайсысын жеке дескриптор етіп, балын бөлек қойыңыз.',
    () => 'Похоже, в дескрипторе два действия: разделите их, чтобы каждое получило свой балл.',
    () => 'This descriptor seems to hold two actions: split them so each earns its own mark.',
  ),
  'descriptor.capital': m(
    () => 'Дескриптор «Білім алушы» сөзінен кейін кіші әріппен басталады.',
    () => 'Дескриптор продолжает «Обучающийся …» и начинается со строчной буквы.',
    () => 'A descriptor continues “A learner …” and starts with a lower-case letter.',
  ),
  'descriptor.learnerPrefix': m(
    () => '«Білім алушы» кестенің тақырыбында тұр: дескрипторда қайталамаңыз.',
    () => '«Обучающийся» уже стоит в заголовке таблицы: не повторяйте его в дескрипторе.',
    () => '“A learner” is already in the table heading: do not repeat it in the descriptor.',
  ),
}

/** The kind of assessment as used inside messages. */
export const KIND_IN_MESSAGE = {
  kk: { unit: 'БЖБ', term: 'ТЖБ' },
  ru: { unit: 'СОр', term: 'СОч' },
  en: { unit: 'unit assessment', term: 'term assessment' },
} as const
