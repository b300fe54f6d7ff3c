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
import { code } from './patch-targets.ts'

const SLIDES = '/@slidev/slides'
/** the loader's delay, however Slidev lays it out (node/patch-targets.ts checks it is there at start) */
const DELAY = code('delay: 300,')

export function printReady(): Plugin {
  return {
    name: 'deck-print-ready',
    enforce: 'post',
    transform(source, id) {
      if (id !== SLIDES)
        return
      if (!DELAY.test(source))
        this.error(`patch "print-ready": Slidev changed ${SLIDES}; its loader's "delay: 300" is gone. Re-verify the patch against this Slidev version.`)
      return source.replace(DELAY, 'delay: 0,')
    },
  }
}
