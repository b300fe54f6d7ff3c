/**
 * `talk-kit build [--lang <edition>] [slidev build flags]`: the static site in dist/ with its PDF
 * inside, so the site's download button works, and the reading page (read/). One `slidev build
 * --download`: Vite writes the site, the kit then writes the reading page and the service worker
 * (node/finish-site.ts), Slidev exports the PDF from the built site; this command reads the PDF
 * back and sets its language. `slidev build` alone builds without the PDF and the reading page
 * (and without a browser); its deck shows no link to the page.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import getPort from 'get-port'
import { browserOrExit } from '../browser.ts'
import { finishPdf, pdfProblem } from '../pdf-meta.ts'
import { runSlidev } from '../slidev.ts'
import { commandTalk, exportsClicks, KitError } from '../talk.ts'

const browser = browserOrExit('(`slidev build` builds the site without its PDF and needs no browser.)')
const { talk, args } = await commandTalk(process.argv.slice(2))
const { deck } = talk

// Slidev exports the PDF from the built site on a fixed port (node/patch-targets.ts,
// build-export-port), and crashes with a stack trace when it is taken: check first, say so plainly.
const EXPORT_PORT = 12445
if (await getPort({ port: EXPORT_PORT }) !== EXPORT_PORT)
  throw new KitError(`port ${EXPORT_PORT} is in use: Slidev needs it to export the PDF during the build.\nStop what holds it (another build or export still running?), or build without the PDF: slidev build`)

const { values } = parseArgs({ args, strict: false, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } })
const out = typeof values.out === 'string' ? values.out : 'dist'

const status = runSlidev(['build', talk.entry, '--download', '--executable-path', browser, ...args])
if (status !== 0)
  process.exit(status)

const pdf = join(out, `${String(deck.config.exportFilename || 'slidev-exported')}.pdf`)
if (!existsSync(pdf))
  throw new KitError(`the build exited without writing ${pdf}.`)
const problem = await pdfProblem(pdf, deck.slides.length, { withClicks: exportsClicks(deck) })
if (problem)
  throw new KitError(`${problem}: Slidev's PDF export during the build failed. Build again, or build without the PDF: slidev build`)
await finishPdf(pdf, { lang: talk.lang })
