import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
// The service worker (addon/node/offline.ts): what the first visit caches, and that a new build replaces
// the old cache. It runs on a copy of the build, so the copy can be changed into a "next version".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from 'slidev-addon-talk-kit/serve'
import { expect, serviceWorkerActive, slideShown, test } from './fixtures.ts'
import { sites } from './sites.ts'

test.use({ serviceWorkers: 'allow' })

let dir: string
let server: Server
let url: string

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-sw-'))
  cpSync(sites.root.dir, dir, { recursive: true })
  server = await serve({ dir, port: 0 })
  url = `http://localhost:${(server.address() as AddressInfo).port}/`
})

test.afterAll(async () => {
  await new Promise(ok => server.close(ok))
  rmSync(dir, { recursive: true, force: true })
})

/**
 * The names of the site's caches. Only names: opening a cache to list it (caches.open) creates it
 * again if the worker has just deleted it, and the old cache would never go.
 */
function cacheNames(page: import('@playwright/test').Page) {
  return page.evaluate(() => caches.keys())
}

/** The cache names and the paths each holds, read inside the page. */
function cacheContents(page: import('@playwright/test').Page) {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname)
    return out
  })
}

test('the first visit caches the deck, not what only crawlers or printers fetch; a new build replaces that cache, and the next visit is served the new version, offline too', async ({ page, context }) => {
  await page.goto(`${url}1`)
  await slideShown(page, 1)
  await serviceWorkerActive(page)
  const contents = Object.values(await cacheContents(page)).flat()
  expect(contents).toContain('/')
  for (const face of ['cover', 'slides', 'notes']) expect(contents.some(p => p.includes(`pretendard-${face}`)), face).toBe(true)
  expect(contents.filter(p => /og-image|pretendard-print-|\.pdf$/.test(p))).toEqual([])

  // the first worker has taken the page over (its own controllerchange is past)
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  const before = await cacheNames(page)
  expect(before).toHaveLength(1)

  // the next build: another file list (so another cache name) and a changed page
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const CACHE = PREFIX \+ '([^']+)'/, 'const CACHE = PREFIX + \'$1-next\''))
  const index = readFileSync(join(dir, 'index.html'), 'utf8')
  writeFileSync(join(dir, 'index.html'), index.replace('<head>', '<head><meta name="deck-build" content="next">'))

  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    const changed = new Promise(ok => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }))
    await registration.update()
    await changed
  })
  await expect.poll(() => cacheNames(page)).toEqual([`${before[0]}-next`])

  await context.setOffline(true)
  await page.reload()
  await slideShown(page, 1)
  await expect(page.locator('meta[name="deck-build"]')).toHaveAttribute('content', 'next')
  await context.setOffline(false)
})
