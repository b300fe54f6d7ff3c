import { defineConfig } from '@playwright/test'

/**
 * `npm run check`'s tests: no browser, no build, no server. The talk's content tests (the notes are
 * the essay verbatim, the data and its sources, the facts' dates, the font cut, the slide
 * map) and the addon's own (the remote gate, the browser finder, the version fence).
 */
export default defineConfig({
  testMatch: [/tests\/(notes|data|facts-data|font|slide-map|hosting|editions)\.spec\.ts/, /addon\/tests\/.*\.spec\.ts/],
  testIgnore: ['**/node_modules/**'],
  outputDir: 'test-results/check',
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
})
