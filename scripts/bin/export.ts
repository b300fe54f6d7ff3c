/**
 * `npm run export [-- slidev export flags]`: Slidev's exporter with the browser this project finds,
 * then the document language set on the PDF. The PDF's settings (timeout, waitUntil, withToc, file
 * name) live in the headmatter's `export:`. Exits non-zero when no fresh file was written, when a
 * PPTX holds no slides, or when Slidev's exporter fails twice in a row.
 */
import { existsSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { browserOrExit } from '../browser.ts'
import { loadDeck } from '../deck.ts'
import { finishPdf } from '../pdf-meta.ts'
import { exportOutput, runSlidev } from '../slidev.ts'
import { zipEntries } from '../zip.ts'

const browser = browserOrExit()
const args = process.argv.slice(2)
const output = await exportOutput(args)
const { values: flags } = parseArgs({ args, strict: false, allowPositionals: true, options: { range: { type: 'string' } } })
const slides = (await loadDeck()).slides.length

/** Whether the output was written by a run that started at `since` (a file left by an earlier export does not count). */
const fresh = (since: number) => output !== undefined && existsSync(output) && statSync(output).mtimeMs >= since - 2000

/** What is wrong with what a written file holds, if anything. */
function badContent(): string | undefined {
  if (!output?.endsWith('.pptx'))
    return undefined
  const written = zipEntries(output).filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e)).length
  if (written === 0 || (flags.range === undefined && written !== slides))
    return `${output} holds ${written} slides, not ${flags.range === undefined ? slides : 'the range asked for'}`
  return undefined
}

function attempt() {
  const since = Date.now()
  return { since, status: runSlidev(['export', '--executable-path', browser, ...args]) }
}

let run = attempt()
if (fresh(run.since) && (run.status !== 0 || badContent())) {
  // Slidev 52.20.1 can fail after writing: its print page held no slides when it read them back
  // (a PDF: "undefined||<title> has wrong pattern", exit 1; a PPTX: written with no slides, exit 0),
  // a few times in fresh clones. One more run, only then (a bad flag fails before writing
  // anything); a second failure is the answer.
  console.error(`Slidev's exporter ${run.status !== 0 ? `exited ${run.status} after writing` : `wrote a bad file (${badContent()})`}: trying once more.`)
  run = attempt()
}
if (run.status !== 0)
  process.exit(run.status)
if (output) {
  if (!fresh(run.since)) {
    console.error(`The exporter exited without writing ${output}.`)
    process.exit(1)
  }
  const bad = badContent()
  if (bad) {
    console.error(`The exporter wrote a bad file: ${bad}.`)
    process.exit(1)
  }
  if (output.endsWith('.pdf'))
    await finishPdf(output)
  console.log(`  ✓ ${output}`)
}
