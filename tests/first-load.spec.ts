import { LEFT_OUT } from 'slidev-addon-talk-kit/first-load'
import { loadDeck } from './deck.ts'
// addon/node/first-load.ts patches Slidev for a lighter first load; these fail when a Slidev
// upgrade changes what the patches answer (the build itself fails when the patched code is gone).
import { carrying, coverFiles, expect, settled, test } from './fixtures.ts'

const deck = await loadDeck()
const total = deck.slides.length

test('addon/node/first-load.ts: the cover mounts only itself and its neighbour, even after Slidev\'s 3 s preload', async ({ page, openSlide }) => {
  await page.clock.install()
  await openSlide(1)
  // Slidev would mount every slide 3 s after opening; the patch leaves the neighbours only
  await page.clock.runFor(10_000)
  // what a preload would fetch and mount has arrived once the page has settled
  await settled(page)
  await expect(page.locator('.slidev-page-2').first()).toBeAttached()
  expect(await page.locator('[class*="slidev-page-"]').evaluateAll(els => new Set(els.map(e => [...e.classList].find(c => /^slidev-page-\d+$/.test(c)))).size)).toBeLessThanOrEqual(2)
  // moving on still preloads the next slide
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('.slidev-page-3').first()).toBeAttached()
  expect(total).toBeGreaterThan(3)
})

test('addon/node/first-load.ts: the cover\'s files carry none of what the build leaves out', async ({ page, openSlide }) => {
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
