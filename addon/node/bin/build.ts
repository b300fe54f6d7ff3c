/**
 * `npm run build [-- slidev build flags]`: the static site in dist/ with its PDF inside, so the
 * site's download button works, and the reading page (read/, addon/node/reading.ts). Slidev exports
 * the PDF from the built site itself, with the browser this project finds. `npm run build:site`
 * builds without the PDF and the reading page (and without a browser); its deck shows no link to it.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import getPort from 'get-port'
import { browserOrExit } from '../browser.ts'
import { exportsClicks, loadDeck } from '../deck.ts'
import { finishPdf, pdfProblem } from '../pdf-meta.ts'
import { writeReadingPage } from '../reading.ts'
import { runSlidev } from '../slidev.ts'

const browser = browserOrExit('(`npm run build:site` builds the site without its PDF and needs no browser.)')

// Slidev exports the PDF from the built site on a fixed port, and crashes with a stack trace when
// it is taken (another build running, say): check first and say so plainly.
const EXPORT_PORT = 12445
if (await getPort({ port: EXPORT_PORT }) !== EXPORT_PORT) {
  console.error(`Port ${EXPORT_PORT} is in use: Slidev needs it to export the PDF during the build.\nStop what holds it (another build or export still running?), or build without the PDF: npm run build:site`)
  process.exit(1)
}
const args = process.argv.slice(2)
const { values } = parseArgs({ args, strict: false, allowPositionals: true, options: { 'out': { type: 'string', short: 'o' }, 'base': { type: 'string' }, 'router-mode': { type: 'string' } } })
const out = typeof values.out === 'string' ? values.out : 'dist'

const base = (typeof values.base === 'string' ? values.base : '/').replace(/\/?$/, '/')

// the deck links to the reading page on phones only when the build writes it (addon/global-top.vue)
process.env.VITE_READING_PAGE = '1'
const status = runSlidev(['build', '--download', '--executable-path', browser, ...args])
if (status !== 0)
  process.exit(status)

const deck = await loadDeck()
const pdf = join(out, `${String(deck.headmatter.exportFilename)}.pdf`)
if (!existsSync(pdf)) {
  console.error(`The build exited without writing ${pdf}.`)
  process.exit(1)
}
const problem = await pdfProblem(pdf, deck.slides.length, { withClicks: exportsClicks(deck) })
if (problem) {
  console.error(`${problem}: Slidev's PDF export during the build failed. Build again, or build without the PDF: npm run build:site`)
  process.exit(1)
}
await finishPdf(pdf)
await writeReadingPage({ dir: out, base, hash: values['router-mode'] === 'hash' })
