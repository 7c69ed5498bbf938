/**
 * The pupil's sheet: school, class, name and date lines; the title; objectives with codes; criteria;
 * thinking levels; time; then the numbered tasks with their answer space.
 */
import { HeadingLevel, Paragraph, TabStopType, TextRun, type FileChild, type ParagraphChild } from 'docx'
import type { Assessment, Objective } from '@/domain/model'
import { markName } from '@/domain/fieldMarks'
import { THINKING_LEVELS } from '@/domain/model'
import { PRINT_LABELS } from '@/domain/printLabels'
import { CONTENT_WIDTH } from './page'
import type { PictureMap, PrintApproval } from '@/domain/printOptions'
import { taskBlock } from './taskBlock'
import { anchored, TITLE, type CommentPlacer, type CommentTarget } from './comments'
import { marked } from './marks'
import { runs, xmlSafe } from './text'

const UNDERSCORE = 'underscore' as const

/** «Label: ______ Label: ______» — two fill-in fields on one line, drawn with underscore tab leaders. */
function fillInLine(left: string, right: string): Paragraph {
  const middle = Math.round(CONTENT_WIDTH * 0.62)
  return new Paragraph({
    spacing: { after: 160 },
    tabStops: [
      { type: TabStopType.LEFT, position: middle, leader: UNDERSCORE },
      { type: TabStopType.RIGHT, position: CONTENT_WIDTH, leader: UNDERSCORE },
    ],
    children: [new TextRun(`${left}: `), new TextRun('\t'), new TextRun(`  ${right}: `), new TextRun('\t')],
  })
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(value)] })
}

function list(label: string, items: { children: ParagraphChild[]; target: CommentTarget }[], placer?: CommentPlacer): Paragraph[] {
  if (items.length === 0) return []
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: `${label}:`, bold: true })] }),
    ...items.map((item) => new Paragraph({ indent: { left: 360 }, children: anchored(placer, item.target, item.children) })),
  ]
}

/** «code text», each part in its own field marker. */
function objectiveLine(o: Objective): ParagraphChild[] {
  const code = xmlSafe(o.code.trim())
  const text = o.text.trim()
  const gap: ParagraphChild[] = code && text ? [new TextRun(' ')] : []
  return [...(code ? marked(markName('objectiveCode', o.id), runs(code)) : []), ...gap, ...(text ? marked(markName('objectiveText', o.id), runs(text)) : [])]
}

/** «Бекітті: name, 05.03.2025» — who approved the document, where the draft watermark would be. */
function approvalLine(a: Assessment, approval: PrintApproval): Paragraph {
  const d = new Date(approval.at)
  const date = [d.getDate(), d.getMonth() + 1].map((n) => String(n).padStart(2, '0')).concat(String(d.getFullYear())).join('.')
  return new Paragraph({
    alignment: 'right',
    spacing: { after: 160 },
    children: [new TextRun({ text: PRINT_LABELS[a.language].pack.approvedBy(xmlSafe(approval.by.trim()), date), italics: true })],
  })
}

/** Thinking levels the tasks (or criteria) use, in the published order. */
export function levelsUsed(a: Assessment): string[] {
  const used = new Set([...a.tasks.map((t) => t.level), ...a.criteria.map((c) => c.level)])
  return THINKING_LEVELS.filter((l) => used.has(l)).map((l) => PRINT_LABELS[a.language].levels[l])
}

export function pupilSheetPart(a: Assessment, pictures: PictureMap, placer?: CommentPlacer, approval?: PrintApproval): FileChild[] {
  const labels = PRINT_LABELS[a.language]
  const pack = labels.pack
  const facts = [xmlSafe(a.subject.trim()), a.grade !== null ? pack.gradeText(a.grade) : '', a.term !== null ? pack.termText(a.term) : ''].filter(Boolean)
  const out: FileChild[] = [
    fillInLine(pack.school, pack.pupilClass),
    fillInLine(pack.pupilName, pack.date),
  ]
  // an approved document says who approved it (and carries no draft watermark)
  if (approval && a.status === 'approved' && approval.by.trim()) out.push(approvalLine(a, approval))
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 200, after: 80 }, children: anchored(placer, TITLE, a.title.trim() ? marked(markName('title'), runs(a.title.trim())) : runs(labels.kindTitle[a.kind])) }))
  if (a.title.trim()) out.push(new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: [new TextRun({ text: labels.kindTitle[a.kind], italics: true })] }))
  if (facts.length) out.push(new Paragraph({ alignment: 'center', spacing: { after: 200 }, children: runs(facts.join(' · ')) }))
  const sections = a.sections.map((s) => xmlSafe(s.trim())).filter(Boolean)
  if (sections.length) out.push(labelled(labels.section, sections.join('; ')))
  out.push(...list(labels.objectives, a.objectives.map((o) => ({ children: objectiveLine(o), target: `objective:${o.id}` as const })), placer))
  out.push(...list(labels.criteria, a.criteria.filter((c) => c.text.trim()).map((c) => ({ children: marked(markName('criterion', c.id), runs(c.text.trim())), target: `criterion:${c.id}` as const })), placer))
  const levels = levelsUsed(a)
  if (levels.length) out.push(labelled(labels.level, levels.join(', ')))
  if (a.durationMinutes !== null) out.push(labelled(labels.duration, `${a.durationMinutes} ${labels.minutes}`))
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(pack.tasks)] }))
  a.tasks.forEach((task, index) => out.push(...taskBlock(task, index + 1, pictures, placer, a.language)))
  return out
}
