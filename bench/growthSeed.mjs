/** Seeds the review history of a teacher with many assessments for bench/growth.mjs; runs in the page. */
/** 60 assessments, 200 versions (3 or 4 per assessment), a reply per version but the last of some, 300 threads; runs in the page. */
export async function seedGrowth({ assessments: n, rounds: total }) {
  let seq = 0
  const id = () => `g${(++seq).toString(36).padStart(15, '0')}`
  const words = ['тарихи', 'оқиғаны', 'анықтайды', 'себептерін', 'жазады', 'салдарын', 'мысалдар', 'келтіреді']
  const text = (seed, count) => Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ') + ` ${seed}`
  const DAY = 86_400_000
  const start = Date.UTC(2025, 8, 1)
  const rows = { assessments: [], versions: [], reviews: [], threads: [] }
  const perAssessment = Array.from({ length: n }, (_, i) => 3 + (i < total - 3 * n ? 1 : 0))
  const families = ['structure', 'wording', 'points', 'levels', 'time']
  for (let i = 0; i < n; i++) {
    const objectives = [0, 1].map((k) => ({ id: id(), order: (k + 1) * 1024, code: `7.${k + 1}.1.${i % 4}`, text: text(i + k, 8) }))
    const criteria = [0, 1].map((k) => ({ id: id(), order: (k + 1) * 1024, text: text(i * 3 + k, 6), objectiveIds: [objectives[k].id], level: 'knowledge' }))
    const tasks = [0, 1, 2, 3, 4, 5].map((k) => ({
      id: id(), order: (k + 1) * 1024, text: text(i * 5 + k, 30), type: 'shortAnswer', level: 'knowledge', criterionIds: [criteria[k % 2].id],
      minutes: 3, answer: text(k, 3), script: '', teacherNotes: '', options: [], pictures: [],
      descriptors: [0, 1, 2].map((d) => ({ id: id(), order: (d + 1) * 1024, text: text(i + k + d, 6), points: 1, criterionId: criteria[k % 2].id })),
    }))
    const first = start + i * 4 * DAY
    const a = {
      id: id(), kind: 'unit', language: 'kk', title: `«${text(i, 2)}» бөлімі бойынша БЖБ ${i + 1}`, subject: 'Биология', grade: 7, term: 1, sections: [],
      durationMinutes: 20, objectives, criteria, tasks, rubricEdits: {}, specEdits: {}, variant: null, status: 'approved', createdAt: first, updatedAt: first, deletedAt: null, source: '',
    }
    rows.assessments.push(a)
    const author = { name: 'Дана Әліқызы', school: '№5 мектеп' }
    const reviewer = { name: 'Айгүл Сейітқызы', school: '№5 мектеп' }
    for (let r = 1; r <= perAssessment[i]; r++) {
      const sentAt = first + (r - 1) * DAY
      const hash = (i * 16 + r).toString(16).padStart(16, '0')
      const content = { ...a, tasks: a.tasks.map((t, k) => (k === r - 1 ? { ...t, text: `${t.text} (${r})` } : t)) }
      const rules = families.map((family, f) => ({ family, ruleId: `${family}Rule`, errors: Math.max(0, 3 - r - (i % 3) + f % 2), warnings: (i + f + r) % 3 }))
      rows.versions.push({ id: `${a.id}@${r}`, assessmentId: a.id, number: r, hash, createdAt: sentAt, author, content, findings: { at: sentAt, later: false, rules } })
      const last = r === perAssessment[i]
      rows.reviews.push({
        id: id(), assessmentId: a.id, role: 'teacher', versionNumber: r, versionHash: hash, title: a.title, verdict: last ? 'approve' : 'requestChanges',
        summary: last ? '' : text(r, 6), reviewer, author, finishedAt: sentAt + 6 * 3_600_000, openedAt: sentAt + 7 * 3_600_000, version: null, baseline: null,
      })
    }
    const paths = [`tasks/${tasks[0].id}/text`, `tasks/${tasks[1].id}/descriptors/${tasks[1].descriptors[0].id}/text`, `criteria/${criteria[0].id}/text`, `tasks/${tasks[2].id}/descriptors/${tasks[2].descriptors[1].id}/points`, 'document']
    for (let k = 0; k < 5; k++) {
      const t = first + 3_600_000
      rows.threads.push({
        id: id(), assessmentId: a.id, path: paths[k], quote: '', versionNumber: 1 + (k % 2), status: k % 3 === 0 ? 'open' : 'resolved', statusAt: t + DAY,
        suggestion: k % 3 === 1 ? text(k, 5) : null, createdAt: t,
        comments: [{ id: id(), author: reviewer.name, role: 'mentor', text: text(k, 8), createdAt: t, versionNumber: 1 + (k % 2), draft: false }],
      })
    }
  }
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('bagalau')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      // the version summaries the app keeps since database v12 (db/versionSummaries.ts): the findings as stored and
      // the suggestions each version holds — none here, the seeded suggestions are texts no version contains
      if (open.result.objectStoreNames.contains('versionSummaries')) {
        rows.versionSummaries = rows.versions.map(({ id, assessmentId, number, hash, createdAt, author, findings }) => ({ id, assessmentId, number, hash, createdAt, author, findings, applied: [] }))
      }
      const names = Object.keys(rows)
      const tx = open.result.transaction(names, 'readwrite')
      for (const name of names) for (const row of rows[name]) tx.objectStore(name).put(row)
      tx.oncomplete = () => (open.result.close(), resolve(undefined))
      tx.onerror = () => reject(tx.error)
    }
  })
  return { versions: rows.versions.length, threads: rows.threads.length }
}

