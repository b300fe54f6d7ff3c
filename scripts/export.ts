/**
 * `npm run export [-- slidev export flags]`: Slidev's exporter with the browser this project finds,
 * then the document language set on the PDF. The PDF's settings (timeout, waitUntil, withToc, file
 * name) live in the headmatter's `export:`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { browserOrExit } from './browser.ts'
import { loadDeck } from './deck.ts'
import { finishPdf } from './pdf-meta.ts'

function flag(args: string[], name: string): string | undefined {
  const i = args.findIndex(a => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return undefined
  return args[i]!.includes('=') ? args[i]!.split('=').slice(1).join('=') : args[i + 1]
}

/** Where `slidev export` writes its PDF for these arguments (undefined for other formats). */
export async function pdfOutput(args: string[]): Promise<string | undefined> {
  const format = flag(args, 'format') ?? 'pdf'
  if (format !== 'pdf') return undefined
  const name = flag(args, 'output') ?? String((await loadDeck()).headmatter.exportFilename ?? 'slides-export')
  return name.endsWith('.pdf') ? name : `${name}.pdf`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = browserOrExit()
  const args = process.argv.slice(2)
  const result = spawnSync('npx', ['slidev', 'export', '--executable-path', browser, ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
  const pdf = await pdfOutput(args)
  if (pdf) {
    if (!existsSync(pdf)) {
      console.error(`The exporter exited without writing ${pdf}.`)
      process.exit(1)
    }
    await finishPdf(pdf)
  }
}
