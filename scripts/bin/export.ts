/**
 * `npm run export [-- slidev export flags]`: Slidev's exporter with the browser this project finds,
 * then the document language set on the PDF. The PDF's settings (timeout, waitUntil, withToc, file
 * name) live in the headmatter's `export:`. Exits non-zero when no fresh file was written, or when
 * Slidev's exporter fails twice in a row.
 */
import { existsSync, statSync } from 'node:fs'
import { browserOrExit } from '../browser.ts'
import { finishPdf } from '../pdf-meta.ts'
import { exportOutput, runSlidev } from '../slidev.ts'

const browser = browserOrExit()
const args = process.argv.slice(2)
const output = await exportOutput(args)
const started = Date.now()
const freshOutput = () => output !== undefined && existsSync(output) && statSync(output).mtimeMs >= started - 2000
let status = runSlidev(['export', '--executable-path', browser, ...args])
if (status !== 0 && freshOutput()) {
  // Slidev 52.20.1 prints the PDF, then reads the outline's page numbers back from the print page.
  // Once in about ten exports here it found no slides there and failed after printing
  // ("undefined||<title> has wrong pattern"); the cause is not found. One more run, only in that
  // case (a bad flag fails before anything is printed); a second failure is the answer.
  console.error(`Slidev's exporter exited ${status} after printing: trying once more.`)
  status = runSlidev(['export', '--executable-path', browser, ...args])
}
if (status !== 0)
  process.exit(status)
if (output) {
  // a file left by an earlier export does not count
  if (!freshOutput()) {
    console.error(`The exporter exited without writing ${output}.`)
    process.exit(1)
  }
  if (output.endsWith('.pdf'))
    await finishPdf(output)
  console.log(`  ✓ ${output}`)
}
