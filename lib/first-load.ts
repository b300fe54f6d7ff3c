/**
 * What the hosted deck runs on a visitor's first load, trimmed where Slidev (52.20.1) has no option.
 * Each patch checks that the code it rewrites is still there and fails the build when it is not
 * (a Slidev update changed it): look again then, and drop the patch if upstream fixed the cause.
 * Builds only: the presenter's dev server runs Slidev as it ships.
 */
import type { Plugin } from 'vite'

interface Patch { file: RegExp, find: string, replace: string, why: string }

const PATCHES: Patch[] = [
  {
    // client/logic/utils.ts takes parseRangeString from @slidev/parser/core, whose frontmatter
    // parsing brings the whole YAML parser into every page (~10 KB gzip, 90 KB of source to run);
    // the parser's utils entry exports the same function alone.
    file: /\/@slidev\/client\/logic\/utils\.ts$/,
    find: `import { parseRangeString } from '@slidev/parser/core'`,
    replace: `import { parseRangeString } from '@slidev/parser/utils'`,
    why: 'the YAML parser stays out of the client',
  },
  {
    // internals/SlidesShow.vue mounts every slide 3 s after the page opens (hidden, "for smoother
    // transitions"): on a phone that is seconds of blocked main thread — chart.js and all — for
    // slides the reader may never open. The current, previous and next slides are still preloaded
    // on every move, and the service worker has every file for offline use.
    file: /\/@slidev\/client\/internals\/SlidesShow\.vue$/,
    find: `routes.forEach(preloadRoute)`,
    replace: `void routes /* lib/first-load.ts: only the neighbours are preloaded */`,
    why: 'slides are mounted as the reader reaches them',
  },
]

export function leanFirstLoad(): Plugin {
  return {
    name: 'deck-lean-first-load',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const patch = PATCHES.find(p => p.file.test(id))
      if (!patch)
        return
      if (!code.includes(patch.find))
        this.error(`lib/first-load.ts: Slidev changed ${id}; "${patch.find}" is gone, so ${patch.why} no longer holds. Check the patch against this Slidev version.`)
      return code.replace(patch.find, patch.replace)
    },
  }
}
