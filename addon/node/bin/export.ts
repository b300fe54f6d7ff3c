/**
 * `talk-kit export [--lang <edition>] [slidev export flags]`: Slidev's exporter with the browser this project finds,
 * then the document language set on the PDF. The PDF's settings (timeout, waitUntil, withToc, file
 * name) live in the headmatter's `export:`. Exits non-zero when no fresh file was written, when a
 * PDF has a page with no text drawn or a file has not one page or slide per slide asked for, or
 * when Slidev's exporter fails twice in a row.
 */
import { existsSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseRangeString } from '@slidev/parser/utils'
import { browserOrExit } from '../browser.ts'
import { finishPdf, pdfProblem } from '../pdf-meta.ts'
import { outOfRange } from '../slide-range.ts'
import { exportOutput, runSlidev } from '../slidev.ts'
import { commandTalk, exportsClicks } from '../talk.ts'
import { zipEntries } from '../zip.ts'

const browser = browserOrExit()
const { talk, args } = await commandTalk(process.argv.slice(2))
const deck = talk.deck
const output = exportOutput(args, deck.headmatter.exportFilename)
const { values: flags } = parseArgs({
  args,
  strict: false,
  allowPositionals: true,
  options: { 'range': { type: 'string' }, 'per-slide': { type: 'boolean' }, 'with-clicks': { type: 'boolean' }, 'with-toc': { type: 'boolean' } },
})
const range = typeof flags.range === 'string' ? flags.range : undefined
const rangeProblem = range === undefined ? undefined : outOfRange(range, deck.slides.length)
if (rangeProblem) {
  console.error(`--range ${range}: ${rangeProblem}. The deck has slides 1 to ${deck.slides.length} (e.g. --range 3-5, or 2,7).`)
  process.exit(1)
}
const slidesAsked = parseRangeString(deck.slides.length, range).length
const withClicks = !args.includes('--no-with-clicks') && (flags['with-clicks'] === true || exportsClicks(deck))
const pdf = output?.endsWith('.pdf') ?? false

// Slidev's one-file PDF prints every slide whatever --range says: a range is printed slide
// by slide. Printed slide by slide, its bookmark step reads slide numbers off a page that holds one
// slide and fails ("undefined||<title> has wrong pattern"), so such a PDF goes without bookmarks.
const slidevArgs = [...args]
if (pdf && range !== undefined && flags['per-slide'] !== true) {
  console.log(`--range ${range}: exporting slide by slide (--per-slide), the only way Slidev prints a range.`)
  slidevArgs.push('--per-slide')
}
if (pdf && slidevArgs.includes('--per-slide') && flags['with-toc'] === undefined)
  slidevArgs.push('--no-with-toc')

/** Whether the output was written by a run that started at `since` (a file left by an earlier export does not count). */
const fresh = (since: number) => output !== undefined && existsSync(output) && statSync(output).mtimeMs >= since - 2000

/** What is wrong with what a written file holds, if anything. */
async function badContent(): Promise<string | undefined> {
  if (!output)
    return undefined
  if (pdf)
    return pdfProblem(output, slidesAsked, { withClicks })
  if (!output.endsWith('.pptx'))
    return undefined
  const written = zipEntries(output).filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e)).length
  if (written !== slidesAsked)
    return `${output} holds ${written} slides, not ${slidesAsked}`
  return undefined
}

function attempt() {
  const since = Date.now()
  return { since, status: runSlidev(['export', talk.entry, '--executable-path', browser, ...slidevArgs]) }
}

let run = attempt()
const firstBad = fresh(run.since) && run.status === 0 ? await badContent() : undefined
if (fresh(run.since) && (run.status !== 0 || firstBad)) {
  // Slidev's exporter can fail after writing: its print page held no slides when it read them back
  // (a PDF: "undefined||<title> has wrong pattern", exit 1, or white pages, exit 0; a PPTX:
  // written with no slides, exit 0), a few times in fresh clones. One more run, only then (a bad
  // flag fails before writing anything); a second failure is the answer.
  console.error(`Slidev's exporter ${run.status !== 0 ? `exited ${run.status} after writing` : `wrote a bad file (${firstBad})`}: trying once more.`)
  run = attempt()
}
if (run.status !== 0)
  process.exit(run.status)
if (output) {
  if (!fresh(run.since)) {
    console.error(`The exporter exited without writing ${output}.`)
    process.exit(1)
  }
  const bad = await badContent()
  if (bad) {
    console.error(`The exporter wrote a bad file: ${bad}.`)
    process.exit(1)
  }
  if (pdf)
    await finishPdf(output, { lang: talk.lang })
  console.log(`  ✓ ${output}`)
}
