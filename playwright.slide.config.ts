import { defineConfig } from '@playwright/test'
import { testBrowser } from './tests/browser-options.ts'
import { freePort } from './tests/npm.ts'

/**
 * `npm run test:slide -- N` (scripts/bin/test-slide.ts): tests/test-slide.ts, the slides asked for in
 * every click state, against the dev server this config starts on a free port. The port is chosen
 * once, by the runner, and reaches its workers through the environment.
 */
process.env.TEST_SLIDE_PORT ??= String(await freePort())
const url = `http://localhost:${process.env.TEST_SLIDE_PORT}/`

export default defineConfig({
  testDir: 'tests',
  testMatch: 'test-slide.ts',
  // its own folder, out of test-results/ (which a run of the suite clears when it starts)
  outputDir: 'out/test-slide',
  workers: 2,
  retries: 0,
  // a slide's first visit waits for the dev server to compile the app (tests/test-slide.ts)
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: 'list',
  use: {
    ...testBrowser,
    baseURL: url,
    locale: 'ko-KR',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npm run dev -- --port ${process.env.TEST_SLIDE_PORT}`,
    url,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
