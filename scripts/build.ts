/**
 * `npm run build [-- slidev build flags]`: the static site in dist/ with its PDF inside, so the
 * site's download button works. Slidev exports the PDF from the built site itself, with the
 * browser this project finds. `npm run build:site` builds without the PDF (and without a browser).
 */
import { spawnSync } from 'node:child_process'
import { BrowserNotFoundError, findBrowser } from './browser.ts'

let browser: string
try {
  browser = findBrowser()
}
catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e
  console.error(`${e.message}\n(\`npm run build:site\` builds the site without its PDF and needs no browser.)`)
  process.exit(1)
}

const result = spawnSync('npx', ['slidev', 'build', '--download', '--executable-path', browser, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
