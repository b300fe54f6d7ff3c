/**
 * Slidev's exporter prints once no `.slidev-slide-loading` element is left, counting them once,
 * right after the network goes quiet. Slidev (node/slidev-fence.ts names the version) leaves two moments with none yet, and on a
 * busy machine the count fell in one: the PDF got white pages, or a page reading "Loading
 * slide...", and the exporter exited 0.
 * - Before the app has drawn a slide's frame, the page has no such element: the addon's `index.html` carries
 *   one (hidden), which `releaseLoadingPlaceholder` removes once a frame is drawn.
 * - `/@slidev/slides` loads each slide with `defineAsyncComponent({ delay: 300 })`, which draws
 *   nothing for the first 300 ms of a load: with no delay, the loading element is there at once.
 * So from the page's first moment to the last slide's, one is there (the exporter waits on the
 * first one left, `nth(0)`, until none is). Dev server (the exporter's) and build (the site's
 * PDF) alike. tests/slidev-internals.spec.ts fails when either stops applying.
 */
import type { Plugin } from 'vite'

const SLIDES = '/@slidev/slides'
const DELAY = '  delay: 300,'

export function printReady(): Plugin {
  return {
    name: 'deck-print-ready',
    enforce: 'post',
    transform(code, id) {
      if (id !== SLIDES)
        return
      if (!code.includes(DELAY))
        this.error(`addon/node/print-ready.ts: Slidev changed ${SLIDES}; "${DELAY.trim()}" is gone. Check the patch against this Slidev version.`)
      return code.replace(DELAY, '  delay: 0,')
    },
  }
}
