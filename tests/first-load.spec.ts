import { loadDeck } from './deck.ts'
// lib/first-load.ts patches Slidev (52.20.1) for a lighter first load; these fail when a Slidev
// upgrade changes what the patches answer (the build itself fails when the patched code is gone).
import { expect, test } from './fixtures.ts'

const total = (await loadDeck()).slides.length

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

test('lib/first-load.ts: the cover\'s scripts carry no YAML parser', async ({ page, openSlide }) => {
  const scripts: string[] = []
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      scripts.push(r.url())
  })
  await openSlide(1)
  await page.waitForLoadState('networkidle')
  const withYaml = await page.evaluate(async (urls) => {
    const hits: string[] = []
    for (const u of urls) {
      // the YAML library's own tag prefix, in any build of it
      if ((await (await fetch(u)).text()).includes('tag:yaml.org,2002'))
        hits.push(u)
    }
    return hits
  }, scripts)
  expect(scripts.length, 'the cover loaded scripts').toBeGreaterThan(0)
  expect(withYaml, 'scripts carrying the YAML parser').toEqual([])
})
