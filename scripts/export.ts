/**
 * `npm run export [-- slidev export flags]`: Slidev's exporter with the browser this project finds.
 * The PDF's settings (timeout, waitUntil, withToc, file name) live in the headmatter's `export:`.
 */
import { spawnSync } from 'node:child_process'
import { BrowserNotFoundError, findBrowser } from './browser.ts'

let browser: string
try {
  browser = findBrowser()
}
catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e
  console.error(e.message)
  process.exit(1)
}

const args = process.argv.slice(2)
const result = spawnSync('npx', ['slidev', 'export', '--executable-path', browser, ...args], { stdio: 'inherit' })
process.exit(result.status ?? 1)
