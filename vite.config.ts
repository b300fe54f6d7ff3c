import { defineConfig } from 'vite'

export default defineConfig({
  optimizeDeps: {
    // the charts' libraries pre-bundled up front: a dependency Vite discovers mid-export reloads
    // the print page and can leave a blank PDF while the exporter still exits 0
    include: ['chart.js', 'vue-chartjs'],
  },
})
