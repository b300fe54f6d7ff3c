import { defineConfig } from 'vite'
import { basePaths } from './lib/base-paths.ts'
import { deckChunks } from './lib/chunks.ts'
import { deckFont } from './lib/deck-font.ts'
import { leanFirstLoad } from './lib/first-load.ts'
import { inlineIconsPlugin } from './lib/inline-icons.ts'
import { offline } from './lib/offline.ts'
import { printReady } from './lib/print-ready.ts'
import { siteMeta } from './lib/site-meta.ts'

export default defineConfig({
  plugins: [deckFont(), offline(), deckChunks(), leanFirstLoad(), inlineIconsPlugin(), printReady(), basePaths(['favicon.svg', 'og-image.png']), siteMeta()],
  optimizeDeps: {
    // Pre-bundled up front: a dependency Vite discovers mid-export reloads the print page
    // and can leave a blank PDF while the exporter still exits 0.
    include: ['chart.js', 'vue-chartjs'],
  },
})
