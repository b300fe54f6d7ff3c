import { defineConfig } from 'vite'
import { basePaths } from './node/base-paths.ts'
import { deckChunks } from './node/chunks.ts'
import { deckFont } from './node/deck-font.ts'
import { leanFirstLoad } from './node/first-load.ts'
import { inlineIconsPlugin } from './node/inline-icons.ts'
import { offline } from './node/offline.ts'
import { pacePlugin } from './node/pace.ts'
import { printReady } from './node/print-ready.ts'
import { siteMeta } from './node/site-meta.ts'
import { siteQrPlugin } from './node/site-qr.ts'
import { slidevFence } from './node/slidev-fence.ts'
import { withoutPatches } from './node/without.ts'
import { writeGuard } from './node/write-guard.ts'

export default defineConfig({
  // TALK_KIT_WITHOUT (node/without.ts) can leave a first-load patch out, to measure what it buys
  plugins: withoutPatches([slidevFence(), deckFont(), offline(), deckChunks(), leanFirstLoad(), inlineIconsPlugin(), printReady(), basePaths(['favicon.svg', 'og-image.png']), siteMeta(), pacePlugin(), siteQrPlugin(), writeGuard()]),
  optimizeDeps: {
    // Pre-bundled up front: a dependency Vite discovers mid-export reloads the print page
    // and can leave a blank PDF while the exporter still exits 0.
    include: ['chart.js', 'vue-chartjs'],
  },
})
