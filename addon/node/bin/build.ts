/**
 * `talk-kit build [--lang <edition>] [slidev build flags]`: the static site in dist/ with its PDF
 * inside, so the site's download button works, and the reading page (read/). Without `--lang`,
 * every edition of the talk: the default one at the output's root, then each other one under
 * `<lang>/` (its own base, PDF, reading page, service worker); with it, that edition alone, in its
 * place. Each edition is one `slidev build --download`: Vite writes the site, the kit then writes the
 * reading page and the service worker (node/finish-site.ts), Slidev exports the PDF from the built
 * site; this command reads the PDF back and sets its language. `slidev build` alone builds without
 * the PDF and the reading page (and without a browser); its deck shows no link to the page.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { browserOrExit } from '../browser.ts'
import { finishPdf, pdfProblem } from '../pdf-meta.ts'
import { siteAddress } from '../site-address.ts'
import { runSlidev } from '../slidev.ts'
import { cwdRoot, editions, exportsClicks, KitError, loadTalk } from '../talk.ts'

const browser = browserOrExit('(`slidev build` builds the site without its PDF and needs no browser.)')

const argv = process.argv.slice(2)
const at = argv.findIndex(a => a === '--lang' || a.startsWith('--lang='))
const only = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--lang='.length) : argv[at + 1]
const rest = at < 0 ? argv : argv.filter((_, i) => i !== at && (argv[at]!.includes('=') || i !== at + 1))
const { values } = parseArgs({ args: rest, strict: false, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, base: { type: 'string' } } })
const out = typeof values.out === 'string' ? values.out : 'dist'
const base = (typeof values.base === 'string' ? values.base : '/').replace(/\/?$/, '/')
// the flags this command places per edition; the rest go to Slidev as given
const passOn = rest.filter((a, i) => !/^(?:--out|-o|--base)(?:=|$)/.test(a) && !/^(?:--out|-o|--base)$/.test(rest[i - 1] ?? ''))

const all = editions()
const chosen = only === undefined ? all : all.filter(e => e.lang === only)
if (!chosen.length)
  throw new KitError(`--lang ${only}: this talk has no such edition (its editions: ${all.map(e => e.lang).filter(Boolean).join(', ') || 'none listed in package.json, talkKit.editions'})`)

// Slidev's build exports its PDF on a fixed port and crashes when it is taken (another build or
// export running): node/free-export-port.mjs gives it a free one
const freeExportPort = ['--import', new URL('../free-export-port.mjs', import.meta.url).href]

// the site's address, for the root; an edition's is under it (SITE_URL or the host's own)
const address = siteAddress(base)

for (const edition of chosen) {
  const isDefault = edition === all[0]
  const editionBase = isDefault ? base : `${base}${edition.lang}/`
  const editionOut = isDefault ? out : join(out, edition.lang)
  const talk = await loadTalk(join(cwdRoot(), edition.entry))
  if (all.length > 1)
    console.log(`\n  ${edition.lang} edition (${edition.entry}) → ${editionOut}/, at ${editionBase}`)
  const env = address ? { ...process.env, SITE_URL: new URL(editionBase.slice(base.length), address.root).href } : process.env
  const status = runSlidev(['build', talk.entry, '--download', '--executable-path', browser, '--base', editionBase, '--out', editionOut, ...passOn], { env }, freeExportPort)
  if (status !== 0)
    process.exit(status)

  const { deck } = talk
  const pdf = join(editionOut, `${String(deck.config.exportFilename || 'slidev-exported')}.pdf`)
  if (!existsSync(pdf))
    throw new KitError(`the build exited without writing ${pdf}.`)
  const problem = await pdfProblem(pdf, deck.slides.length, { withClicks: exportsClicks(deck) })
  if (problem)
    throw new KitError(`${problem}: Slidev's PDF export during the build failed. Build again, or build without the PDF: slidev build`)
  await finishPdf(pdf, { lang: talk.lang })
}
