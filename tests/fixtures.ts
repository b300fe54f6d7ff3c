import type { Locator, Page, Request } from '@playwright/test'
import type { SiteName } from './sites.ts'
/**
 * What every browser test shares: open slide N of a build, and fail on any console error,
 * page error or request to a host other than this machine.
 */
import { test as base, expect } from '@playwright/test'
import { siteUrl } from './sites.ts'

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]'])

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  externalRequests: string[]
  /** requests sent and not yet answered or failed: what a page that never arrives is waiting on */
  unanswered: Set<Request>
}

const watched = new WeakMap<Page, PageProblems>()

function toAnotherHost(r: Request): boolean {
  const url = new URL(r.url())
  return ['http:', 'https:'].includes(url.protocol) && !LOCAL.has(url.hostname)
}

/**
 * Records problems on a page. A request to another host fails at once (the browser resolves no
 * other host: tests/network.ts) and is recorded, its service worker's too: it fails the test.
 */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], externalRequests: [], unanswered: new Set() }
  watched.set(page, problems)
  page.on('request', (r) => {
    problems.unanswered.add(r)
    if (toAnotherHost(r))
      problems.externalRequests.push(r.url())
  })
  page.context().on('request', (r) => {
    if (r.serviceWorker() && toAnotherHost(r))
      problems.externalRequests.push(r.url())
  })
  page.on('requestfinished', r => problems.unanswered.delete(r))
  page.on('requestfailed', r => problems.unanswered.delete(r))
  page.on('console', (msg) => {
    // not the site's: the browser asks the server's root for /favicon.ico when a document names no
    // icon (a picture opened by itself), and a host that serves the site on a sub-path has none there
    const browsersOwnIcon = /^https?:\/\/[^/]+\/favicon\.ico$/.test(msg.location().url)
    if (msg.type() === 'error' && !browsersOwnIcon)
      problems.consoleErrors.push(msg.location().url ? `${msg.text()} (${msg.location().url})` : msg.text())
  })
  page.on('pageerror', e => problems.pageErrors.push(e.message))
  return problems
}

/** What a page shows and waits on, for the message of a test that waited on it in vain. */
export async function describePage(page: Page): Promise<string> {
  const state = await page.evaluate(() => ({
    readyState: document.readyState,
    app: document.getElementById('app')?.childElementCount ?? 'no #app',
    worker: navigator.serviceWorker?.controller?.state ?? 'none',
  })).catch((e: Error) => `unreadable (${e.message})`)
  const problems = watched.get(page)
  return [
    `page: ${page.url()} ${JSON.stringify(state)}`,
    `unanswered requests: ${problems ? Array.from(problems.unanswered, r => r.url()).join(', ') || 'none' : 'not watched'}`,
  ].join('\n')
}

interface Fixtures {
  site: SiteName
  problems: PageProblems
  /** Opens slide `no` (at `clicks`) and waits until it is visible and its fonts are loaded. */
  openSlide: (no: number, clicks?: number) => Promise<Locator>
}

export const test = base.extend<Fixtures>({
  site: ['root', { option: true }],
  problems: [async ({ page }, use) => {
    const problems = watchPage(page)
    await use(problems)
    // a request to another host first: it fails, and the console's error then only repeats it
    expect(problems.externalRequests, 'requests to other hosts').toEqual([])
    expect(problems.pageErrors, 'page errors').toEqual([])
    expect(problems.consoleErrors, 'console errors').toEqual([])
  }, { auto: true }],
  openSlide: async ({ page, site }, use) => {
    await use(async (no, clicks) => {
      const query = clicks === undefined ? '' : `?clicks=${clicks}`
      await page.goto(`${siteUrl(site)}${no}${query}`)
      return slideShown(page, no)
    })
  },
})

/**
 * The visible slide `no` (Slidev keeps neighbours mounted but hidden), once its own content has
 * loaded (its layout, not Slidev's loading placeholder, which a slow chunk shows) and its fonts are in.
 */
export async function slideShown(page: Page, no: number): Promise<Locator> {
  const slide = page.locator(`.slidev-page-${no}`).first()
  await expect(slide).toBeVisible()
  await expect(slide.locator('.slidev-layout').first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return slide
}

/**
 * Waits until the site's service worker is active, so that what the page needs is cached: a site
 * that registers none fails here, by name, instead of waiting on `navigator.serviceWorker.ready`,
 * which never settles then.
 */
export async function serviceWorkerActive(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { message: 'the site\'s service worker is active' }).toBe('activated')
}

export interface LoadedFile { kind: 'script' | 'stylesheet', url: string, text: string }

/**
 * Waits until every request the page has sent is answered, and then for one more task of the page
 * (a message, which Playwright's clock does not hold back): what it asked for is in and mounted. A
 * state, not a quiet window: a request still open fails the wait with its address.
 */
export async function settled(page: Page): Promise<void> {
  const problems = watched.get(page)
  if (!problems)
    throw new Error('settled(): the page is not watched (use the test fixtures\' page)')
  await expect.poll(() => Array.from(problems.unanswered, r => r.url()), { message: 'requests still unanswered' }).toEqual([])
  await page.evaluate(() => new Promise<void>((done) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done()
    channel.port2.postMessage(null)
  }))
}

/**
 * Opens the cover and returns the scripts and stylesheets it loaded once settled, with their
 * text: how the first-load tests tell what a chunk carries (see `carrying`).
 */
export async function coverFiles(page: Page, openSlide: Fixtures['openSlide']): Promise<LoadedFile[]> {
  const seen: Omit<LoadedFile, 'text'>[] = []
  page.on('response', (r) => {
    const kind = r.request().resourceType()
    if (kind === 'script' || kind === 'stylesheet')
      seen.push({ kind, url: r.url() })
  })
  await openSlide(1)
  await settled(page)
  return page.evaluate(files => Promise.all(files.map(async f => ({ ...f, text: await (await fetch(f.url)).text() }))), seen)
}

/** The files of a kind whose text holds every one of `markers`. */
export function carrying(files: LoadedFile[], kind: LoadedFile['kind'], ...markers: string[]): string[] {
  return files.filter(f => f.kind === kind && markers.every(m => f.text.includes(m))).map(f => f.url)
}

export { expect }
