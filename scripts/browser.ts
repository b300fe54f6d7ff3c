/**
 * The one place that finds a Chromium for the tests, the exporter and the scripts.
 * Order: $CHROMIUM_PATH, then Playwright's own downloaded Chromium, then a system Chromium/Chrome.
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super([
      'No Chromium or Chrome browser was found. The tests and the PDF export need one.',
      'Looked at:',
      ...tried.map(p => `  - ${p}`),
      'Fix it in one of these ways:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - with internet access: npx playwright install chromium',
      '  - point at a browser you have: CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'))
    this.name = 'BrowserNotFoundError'
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const tried: string[] = []
  const override = env.CHROMIUM_PATH
  if (override) {
    if (existsSync(override))
      return override
    // An explicit choice that is wrong is an error, not a reason to pick something else quietly.
    throw new BrowserNotFoundError([`CHROMIUM_PATH=${override} (no such file)`])
  }
  const bundled = chromium.executablePath()
  tried.push(`${bundled} (Playwright's own Chromium)`)
  if (existsSync(bundled))
    return bundled
  for (const p of SYSTEM_PATHS) {
    tried.push(p)
    if (existsSync(p))
      return p
  }
  throw new BrowserNotFoundError(tried)
}

/** For commands: the browser, or the finder's message and exit code 1 (no stack trace). */
export function browserOrExit(hint = ''): string {
  try {
    return findBrowser()
  }
  catch (e) {
    if (!(e instanceof BrowserNotFoundError))
      throw e
    console.error(`${e.message}${hint ? `\n${hint}` : ''}`)
    process.exit(1)
  }
}
