import { defineConfig } from '@playwright/test'
import { browserOrExit } from './scripts/browser.ts'

const executablePath = browserOrExit()

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
