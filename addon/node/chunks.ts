/**
 * What the cover downloads. Slidev groups modules into a few shared chunks that every page loads:
 * - every module whose path starts with node_modules/vue… goes to "modules/vue", and that catches
 *   vue-chartjs and, through it, chart.js;
 * - every icon of the deck goes to "modules/unplugin-icons".
 * Here chart.js gets a chunk of its own, and vue-chartjs and the icons go with the slides that use
 * them, so the cover loads neither the chart library nor thirty icons it does not draw.
 * Works around Slidev's `manualChunks` (its Vite config plugin, `ASYNC_MODULES` matched
 * with `id.includes('/node_modules/vue')`); Slidev has no option for it.
 * tests/slidev-internals.spec.ts fails when chart.js reaches the cover again.
 */
import type { Plugin } from 'vite'

const CHART_JS = /\/node_modules\/(?:chart\.js|@kurkle\/color)\//
// Naming a chunk for vue-chartjs would drag Vue itself into it (a named chunk takes its
// dependencies along): leaving it unnamed lets it follow its importers, the chart slides.
const FOLLOW_IMPORTERS = [/\/node_modules\/vue-chartjs\//, /^~icons\//]

export function deckChunks(): Plugin {
  return {
    name: 'deck-chunks',
    enforce: 'post',
    apply: 'build',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output))
        return
      const slidevChunks = output.manualChunks
      output.manualChunks = (id, meta) => {
        if (CHART_JS.test(id))
          return 'modules/chart'
        if (FOLLOW_IMPORTERS.some(re => re.test(id)))
          return undefined
        return typeof slidevChunks === 'function' ? slidevChunks(id, meta) : undefined
      }
    },
  }
}
