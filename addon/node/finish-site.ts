/**
 * The end of a build, in the build's own process, once Vite has written the site: for a build with
 * a download (Slidev's `download`, `--download`) the reading page first (node/reading.ts), then, in
 * every build, the service worker listing what is then in the folder (node/offline.ts). Each file
 * is written once, in that order; Slidev writes the PDF and the hosts' fallbacks after. The default
 * edition of a talk with others also writes the fallback rules of every edition (`_redirects`:
 * Netlify's, each edition's rule before the root's), which Slidev then leaves as they are.
 */
import type { Plugin } from 'vite'
import type { Talk } from './talk.ts'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { hasDownload } from '../shared/site-qr.ts'
import { writeServiceWorker } from './offline.ts'
import { writeReadingPage } from './reading.ts'
import { editionSites } from './talk.ts'

export function finishSite(talk: () => Talk): Plugin {
  let outDir = ''
  let base = '/'
  // a build that failed writes no reading page: its own error is the one to read
  let failed = false
  return {
    name: 'talk-kit-finish-site',
    apply: 'build',
    // picturing every slide takes its time, after the bundle: not a slow plugin for the bundler to report
    config: () => ({ build: { rolldownOptions: { checks: { bundlerTimings: false } } } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
    },
    buildEnd(error) {
      failed ||= Boolean(error)
    },
    renderError() {
      failed = true
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        if (failed)
          return
        const t = talk()
        const { config } = t.deck
        // a build without a download is the deck alone (slidev build): no other edition beside it
        const sites = hasDownload(config.download) ? editionSites(t.entry, base, t.root) : [{ lang: t.lang, base, current: true }]
        const others = sites.filter(s => !s.current)
        if (hasDownload(config.download)) {
          const pdf = `${config.exportFilename || 'slidev-exported'}.pdf`
          await writeReadingPage({ talk: t, dir: outDir, base, hash: config.routerMode === 'hash', pdf, editions: sites })
        }
        const preview = config.seoMeta?.ogImage?.replace(/^\//, '')
        const isDefault = sites[0]!.current
        // the default edition's worker leaves the other editions' addresses to their own workers
        const files = writeServiceWorker(outDir, preview, isDefault ? others.map(s => s.base.slice(base.length)) : [])
        if (isDefault && others.length)
          writeFileSync(join(outDir, '_redirects'), [...others, sites[0]!].map(s => `${s.base}*    ${s.base}index.html   200`).join('\n').concat('\n'))
        console.log(`  ✓ offline cache: ${files.length} files`)
      },
    },
  }
}
