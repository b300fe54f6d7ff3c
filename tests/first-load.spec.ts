import { LEFT_OUT } from 'slidev-addon-talk-kit/first-load'
import { loadDeck } from './deck.ts'
// addon/node/first-load.ts patches Slidev for a lighter first load; these fail when a Slidev
// upgrade changes what the patches answer (the build itself fails when the patched code is gone).
import { carrying, coverFiles, expect, settled, test } from './fixtures.ts'

const deck = await loadDeck()
const total = deck.slides.length
/** a line of the first slide's own text (its markdown's first plain paragraph), found in its chunk only */
const coverLine = deck.slides[0]!.content.split('\n').map(l => l.trim()).find(l => /^[^<#\-\s]/.test(l))!

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

test('addon/node/first-load.ts: the page itself asks for Slidev\'s play view and the first slide, not the scripts before them', async ({ page, openSlide }) => {
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

test('addon/node/first-load.ts: a link to a chart slide has the page ask for the slide\'s scripts, chart.js included, while it is still being read, not once the app has started', async ({ page, openSlide }) => {
  const chartSlide = deck.slides.findIndex(s => /<\w*Chart\b/.test(s.content)) + 1
  expect(chartSlide, 'a slide with a chart').toBeGreaterThan(1)
  await openSlide(chartSlide)
  await settled(page)
  // the app's own scripts run once the page has been read (module scripts wait for that), so a
  // request started before then was made by the page itself
  const { read, chartJs } = await page.evaluate(async () => {
    const scripts = performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js'))
    const texts = await Promise.all(scripts.map(async e => (await fetch(e.name)).text()))
    return {
      read: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      chartJs: scripts.filter((_, i) => texts[i]!.includes('devicePixelRatio') && texts[i]!.includes('_hiddenIndices')).map(e => ({ url: e.name, start: e.startTime })),
    }
  })
  expect(chartJs, 'the chunk carrying chart.js').toHaveLength(1)
  expect(chartJs[0]!.start, `chart.js asked for (ms) before the page was read (${read.toFixed(0)} ms)`).toBeLessThan(read)
})
