/**
 * Slidev sends every module whose path starts with node_modules/vue… to one "modules/vue" chunk
 * that the cover loads, and that catches vue-chartjs and, through it, chart.js. This puts chart.js
 * in a chunk of its own, so only the slides that draw charts load it.
 */
import type { Plugin } from 'vite'

const CHART_LIBS = /\/node_modules\/(chart\.js|@kurkle\/color)\//
// vue-chartjs goes wherever its importers go (the chart slides); naming a chunk for it would drag
// Vue itself into that chunk, because a named chunk takes its dependencies along
const VUE_CHARTJS = /\/node_modules\/vue-chartjs\//

export function chartChunk(): Plugin {
  return {
    name: 'deck-chart-chunk',
    enforce: 'post',
    apply: 'build',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output)) return
      const slidevChunks = output.manualChunks
      output.manualChunks = (id, meta) => {
        if (CHART_LIBS.test(id)) return 'modules/chart'
        if (VUE_CHARTJS.test(id)) return undefined
        return typeof slidevChunks === 'function' ? slidevChunks(id, meta) : undefined
      }
    },
  }
}
