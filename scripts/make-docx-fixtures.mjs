/**
 * Writes the long-term plans of tests/fixtures/docx/plans.mjs as .docx (docx library) and re-saves each
 * with LibreOffice (`libreoffice --headless --convert-to docx`) into tests/fixtures/docx/libreoffice/, whose
 * XML differs from what docx writes (w:tblGrid, w:gridSpan, run splits, styles). The re-saved files are
 * committed, so the tests do not need LibreOffice. Run: node scripts/make-docx-fixtures.mjs
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeDocx } from '../tests/fixtures/docx/makeDocx.mjs'
import { PLANS } from '../tests/fixtures/docx/plans.mjs'

const out = join(import.meta.dirname, '../tests/fixtures/docx/libreoffice')
const tmp = mkdtempSync(join(tmpdir(), 'bagalau-docx-'))
mkdirSync(out, { recursive: true })
for (const plan of PLANS) {
  const file = join(tmp, `${plan.name}.docx`)
  writeFileSync(file, await makeDocx(plan.blocks))
  execFileSync('libreoffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'docx', '--outdir', out, file], { stdio: 'inherit' })
}
console.log(`re-saved ${PLANS.length} plans into ${out}`)
