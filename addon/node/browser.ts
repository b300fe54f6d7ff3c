/**
 * The one place that finds a Chromium for the tests, the exporter and the scripts.
 * Order: $CHROMIUM_PATH, then Playwright's own downloaded Chromium, then a system Chrome, Chromium or Edge.
 * Everything that drives it runs headless (no window is ever shown), so on Linux Debian's headless
 * shell comes first where it is installed: the same Blink without a window system, drawing the same
 * page with about half the processor time of the full browser. It is started through
 * headless-shell.sh, which sets how it lays text out.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const DEBIAN_SHELL = '/usr/bin/chromium-headless-shell'
const SHELL_LAUNCHER = fileURLToPath(new URL('headless-shell.sh', import.meta.url))

/** What the finder reads of the machine; tests stand in for it. */
export interface Machine {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  exists: (path: string) => boolean
}
const thisMachine: Machine = { env: process.env, platform: process.platform, exists: existsSync }

/**
 * Where Chrome, Chromium and Edge install themselves on the machine's system: Linux; macOS, for all
 * users or in the user's own Applications folder; Windows, in Program Files or, when installed
 * without administrator rights, in the user's AppData. Edge is Chromium, and every Windows 10 and 11
 * has it.
 */
function systemPaths({ env, platform }: Pick<Machine, 'env' | 'platform'>): string[] {
  if (platform === 'win32') {
    // Node reads Windows' environment without regard to case (ProgramFiles, LOCALAPPDATA)
    const dirs = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA]
      .filter((dir): dir is string => Boolean(dir))
    return [
      ...dirs.map(dir => `${dir}\\Google\\Chrome\\Application\\chrome.exe`),
      ...dirs.map(dir => `${dir}\\Microsoft\\Edge\\Application\\msedge.exe`),
    ]
  }
  if (platform === 'darwin') {
    return ['/Applications', ...env.HOME ? [`${env.HOME}/Applications`] : []].flatMap(dir => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
    ])
  }
  return [
    DEBIAN_SHELL,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ]
}

class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super([
      'No Chrome, Chromium or Edge browser was found. The tests and the PDF export need one.',
      'Looked at:',
      ...tried.map(p => `  - ${p}`),
      'Fix it in one of these ways:',
      '  - Debian/Ubuntu: sudo apt-get install chromium-headless-shell (or chromium)',
      '  - with internet access: npx playwright install chromium',
      '  - point at a browser you have: CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'))
    this.name = 'BrowserNotFoundError'
  }
}

export function findBrowser(machine: Machine = thisMachine): string {
  const { env, exists } = machine
  const tried: string[] = []
  const override = env.CHROMIUM_PATH
  if (override) {
    if (exists(override))
      return override === DEBIAN_SHELL ? SHELL_LAUNCHER : override
    // An explicit choice that is wrong is an error, not a reason to pick something else quietly.
    throw new BrowserNotFoundError([`CHROMIUM_PATH=${override} (no such file)`])
  }
  const bundled = chromium.executablePath()
  tried.push(`${bundled} (Playwright's own Chromium)`)
  if (exists(bundled))
    return bundled
  for (const p of systemPaths(machine)) {
    tried.push(p)
    if (exists(p))
      return p === DEBIAN_SHELL ? SHELL_LAUNCHER : p
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
