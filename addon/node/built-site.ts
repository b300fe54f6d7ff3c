import type { Browser, Page } from '@playwright/test'
import type { AddressInfo } from 'node:net'
/** A build of the deck served on a free port, with the project's browser: for scripts that picture slides. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { browserOrExit } from './browser.ts'
import { runSlidev } from './slidev.ts'
import { serve } from './static-server.ts'

export interface BuiltSite { url: string, browser: Browser, close: () => Promise<void> }

/** Serves `dir` (built for `base`), or, without one, a fresh `slidev build` in a temporary folder. */
export async function openBuiltSite(dir?: string, base = '/', entry?: string): Promise<BuiltSite> {
  const executablePath = browserOrExit()
  let site = dir
  if (!site) {
    site = mkdtempSync(join(tmpdir(), 'deck-site-'))
    const status = runSlidev(['build', ...(entry ? [entry] : []), '--out', site], { stdio: ['ignore', 'ignore', 'inherit'] })
    if (status !== 0) {
      console.error('`slidev build` failed: no site to take pictures from.')
      process.exit(status)
    }
  }
  const server = await serve({ dir: site, base, port: 0 })
  const browser = await chromium.launch({ executablePath })
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}${base}`,
    browser,
    close: async () => {
      await browser.close()
      server.close()
    },
  }
}

/**
 * Opens slide `no` in print mode (every click shown, no animation) and waits until it is fully drawn.
 * The first slide a page opens loads the deck; the next ones are steps in its history, taken as the
 * browser's back and forward buttons take them (the router follows `popstate`), not new loads of the
 * whole app.
 */
export async function showFinalSlide(page: Page, url: string, no: number, hashRouter = false) {
  const address = `${url}${hashRouter ? '#/' : ''}${no}?print&clicks=999`
  if (page.url().startsWith(url) && page.url().includes('?print&')) {
    await page.evaluate((to) => {
      history.pushState(null, '', to)
      dispatchEvent(new PopStateEvent('popstate'))
    }, address)
  }
  else {
    await page.goto(address)
  }
  const slide = page.locator(`.slidev-page-${no}`).first()
  await slide.waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  // the same signal Slidev's exporter waits for: [data-waitfor="selector"] holds the capture
  for (const waiter of await slide.locator('[data-waitfor]').all()) {
    const selector = await waiter.getAttribute('data-waitfor')
    if (selector)
      await waiter.locator(selector).first().waitFor({ state: 'attached', timeout: 30_000 })
  }
  return slide
}
