import { defineConfig } from 'vite'

// The kit's plugins are in setup/vite-plugins.ts, where Slidev hands them the parsed deck.
export default defineConfig({
  optimizeDeps: {
    // Pre-bundled up front: a dependency Vite discovers mid-export reloads the print page
    // and can leave a blank PDF while the exporter still exits 0.
    include: ['chart.js', 'vue-chartjs'],
  },
})
