/**
 * `npm run export [-- slidev export flags]`: Slidev's exporter with the browser this project finds,
 * then the document language set on the PDF. The PDF's settings (timeout, waitUntil, withToc, file
 * name) live in the headmatter's `export:`. Exits non-zero when no fresh file was written.
 */
import { existsSync, statSync } from 'node:fs'
import { browserOrExit } from '../browser.ts'
import { finishPdf } from '../pdf-meta.ts'
import { exportOutput, runSlidev } from '../slidev.ts'

const browser = browserOrExit()
const args = process.argv.slice(2)
const output = await exportOutput(args)
const started = Date.now()
const status = runSlidev(['export', '--executable-path', browser, ...args])
if (status !== 0)
  process.exit(status)
if (output) {
  // a file left by an earlier export does not count
  if (!existsSync(output) || statSync(output).mtimeMs < started - 2000) {
    console.error(`The exporter exited without writing ${output}.`)
    process.exit(1)
  }
  if (output.endsWith('.pdf'))
    await finishPdf(output)
  console.log(`  ✓ ${output}`)
}
