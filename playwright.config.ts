import { defineConfig } from '@playwright/test'
import { testBrowser } from './tests/browser-options.ts'

// the tests with no browser run in `npm run check` (playwright.check.config.ts)
const unit = /tests\/(notes|data|facts-data|font|slide-map|hosting|editions)\.spec\.ts/
// the tests that start their own servers (remote mode, the dev server) and read no build
const servers = /(?:remote|dev-guard)\.spec\.ts/
const artefacts = /artefacts\.setup\.ts/
const rehearsal = /rehearsal\.spec\.ts/

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/global-setup.ts',
  // two cores: a second worker helps, more only contend
  workers: 2,
  // a flaky test shows as a failure, here and in CI
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    ...testBrowser,
    viewport: { width: 980, height: 551 },
    locale: 'ko-KR',
    // states are read once settled, never mid-fade; the tests about motion ask for it themselves
    contextOptions: { reducedMotion: 'reduce' },
    // each new context would install the site's service worker, which fetches and caches the whole
    // site beside the test; the tests of offline use turn it on (test.use({ serviceWorkers: 'allow' }))
    serviceWorkers: 'block',
    // what the page showed when a test failed, beside its error (test-results/)
    screenshot: 'only-on-failure',
  },
  projects: [
    // the builds and exports, each made once; only the tests that read them wait for them
    { name: 'artefacts', testMatch: artefacts },
    // beside the builds, on the worker they leave free
    { name: 'servers', testMatch: servers },
    // the rehearsal's walks are the longest tests: listed first, they start first, beside the rest
    { name: 'rehearsal', testMatch: rehearsal, dependencies: ['artefacts'] },
    { name: 'browser', testIgnore: [unit, rehearsal, servers, artefacts], dependencies: ['artefacts'] },
  ],
})
