/**
 * The end of a build, in the build's own process, once Vite has written the site: for a build with
 * a download (Slidev's `download`, `--download`) the reading page first (node/reading.ts), then, in
 * every build, the service worker listing what is then in the folder (node/offline.ts). Each file
 * is written once, in that order; Slidev writes the PDF and the hosts' fallbacks after.
 */
import type { Plugin } from 'vite'
import type { Talk } from './talk.ts'
import { resolve } from 'node:path'
import { hasDownload } from '../shared/site-qr.ts'
import { writeServiceWorker } from './offline.ts'
import { writeReadingPage } from './reading.ts'

export function finishSite(talk: () => Talk): Plugin {
  let outDir = ''
  let base = '/'
  return {
    name: 'talk-kit-finish-site',
    apply: 'build',
    // picturing every slide takes its time, after the bundle: not a slow plugin for the bundler to report
    config: () => ({ build: { rolldownOptions: { checks: { bundlerTimings: false } } } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const t = talk()
        const { config } = t.deck
        if (hasDownload(config.download)) {
          const pdf = `${config.exportFilename || 'slidev-exported'}.pdf`
          await writeReadingPage({ talk: t, dir: outDir, base, hash: config.routerMode === 'hash', pdf })
        }
        const preview = config.seoMeta?.ogImage?.replace(/^\//, '')
        const files = writeServiceWorker(outDir, preview)
        console.log(`  ✓ offline cache: ${files.length} files`)
      },
    },
  }
}
