import { defineVitePluginsSetup } from '@slidev/types'
import { basePaths } from '../node/base-paths.ts'
import { deckChunks } from '../node/chunks.ts'
import { kitColours } from '../node/colours.ts'
import { deckFont } from '../node/deck-font.ts'
import { editionsPlugin } from '../node/editions.ts'
import { finishSite } from '../node/finish-site.ts'
import { leanFirstLoad } from '../node/first-load.ts'
import { pacePlugin } from '../node/pace.ts'
import { patchTargets } from '../node/patch-targets.ts'
import { printReady } from '../node/print-ready.ts'
import { siteMeta } from '../node/site-meta.ts'
import { siteQrPlugin } from '../node/site-qr.ts'
import { talkOf } from '../node/talk.ts'
import { withoutPatches } from '../node/without.ts'
import { writeGuard } from '../node/write-guard.ts'

// Slidev hands its setups the parsed deck (options.data, kept current while the dev server runs):
// the kit learns the talk from it, never from file names.
export default defineVitePluginsSetup((options) => {
  const talk = () => talkOf(options.userRoot, options.entry, options.data)
  // TALK_KIT_WITHOUT (node/without.ts) can leave a first-load patch out, to measure what it buys
  return withoutPatches([
    patchTargets(),
    deckFont(talk),
    kitColours(talk),
    finishSite(talk),
    editionsPlugin(talk),
    deckChunks(),
    leanFirstLoad(),
    printReady(),
    basePaths(options.data.config),
    siteMeta(),
    pacePlugin(talk),
    siteQrPlugin(options.data.config),
    writeGuard(),
  ])
})
