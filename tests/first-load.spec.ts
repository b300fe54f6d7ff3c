import { LEFT_OUT } from '../lib/first-load.ts'
import { loadDeck } from './deck.ts'
// lib/first-load.ts patches Slidev (52.20.1) for a lighter first load; these fail when a Slidev
// upgrade changes what the patches answer (the build itself fails when the patched code is gone).
import { carrying, coverFiles, expect, test } from './fixtures.ts'

const deck = await loadDeck()
const total = deck.slides.length
/** a line of the first slide's own text (its markdown's first plain paragraph), found in its chunk only */
const coverLine = deck.slides[0]!.content.split('\n').map(l => l.trim()).find(l => /^[^<#\-\s]/.test(l))!

test('lib/first-load.ts: the cover mounts only itself and its neighbour, even after Slidev\'s 3 s preload', async ({ page, openSlide }) => {
  await page.clock.install()
  await openSlide(1)
  // Slidev would mount every slide 3 s after opening; the patch leaves the neighbours only
  await page.clock.runFor(10_000)
  // what a preload would fetch and mount has arrived by then
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.slidev-page-2').first()).toBeAttached()
  expect(await page.locator('[class*="slidev-page-"]').evaluateAll(els => new Set(els.map(e => [...e.classList].find(c => /^slidev-page-\d+$/.test(c)))).size)).toBeLessThanOrEqual(2)
  // moving on still preloads the next slide
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('.slidev-page-3').first()).toBeAttached()
  expect(total).toBeGreaterThan(3)
})

test('lib/first-load.ts: the cover\'s files carry none of what the build leaves out', async ({ page, openSlide }) => {
  const files = await coverFiles(page, openSlide)
  expect(carrying(files, 'script'), 'the cover loaded scripts').not.toEqual([])
  expect(carrying(files, 'stylesheet'), 'the cover loaded stylesheets').not.toEqual([])
  // the YAML library's own tag prefix, in any build of it
  expect.soft(carrying(files, 'script', 'tag:yaml.org,2002'), 'scripts carrying the YAML parser').toEqual([])
  // Slidev loads KaTeX for every page once any slide's markdown holds two `$` signs (components/CoverPresenter.vue)
  expect.soft(carrying(files, 'stylesheet', 'KaTeX_Main'), 'stylesheets carrying KaTeX: a slide turned it on').toEqual([])
  for (const feature of LEFT_OUT)
    expect.soft(carrying(files, feature.kind, feature.marker), `files carrying ${feature.what}`).toEqual([])
})

test('lib/first-load.ts: the page itself asks for Slidev\'s play view and the first slide, not the scripts before them', async ({ page, openSlide }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const initiators = new Map<string, string>()
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Script')
      initiators.set(e.request.url, e.initiator.type)
  })
  const files = await coverFiles(page, openSlide)
  const views = [
    // the play view's root element (pages/play.vue), whatever its chunk is named
    ...carrying(files, 'script', 'page-root'),
    ...carrying(files, 'script', coverLine),
  ]
  expect(views.map(url => new URL(url).pathname), `the play view's chunk and the one chunk holding "${coverLine}"`).toHaveLength(2)
  for (const url of views)
    expect(initiators.get(url), `who asked for ${new URL(url).pathname}`).toBe('parser')
})
