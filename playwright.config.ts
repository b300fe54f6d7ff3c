import { defineConfig } from '@playwright/test'
import { BrowserNotFoundError, findBrowser } from './scripts/browser.ts'

let executablePath: string
try {
  executablePath = findBrowser()
}
catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e
  console.error(`\n${e.message}\n`)
  process.exit(1)
}

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/global-setup.ts',
  // two cores: a second worker helps, more only contend
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: true,
  reporter: [['list'], ['./tests/summary-reporter.ts']],
  use: {
    launchOptions: { executablePath },
    viewport: { width: 980, height: 551 },
    locale: 'ko-KR',
  },
  projects: [
    { name: 'unit', testMatch: /(notes|data|font)\.spec\.ts/ },
    { name: 'browser', testIgnore: /(notes|data|font)\.spec\.ts/ },
  ],
})
