// Presenting live: the deck's font, and a key press on a busy laptop. Each slide and click state is
// checked in the rehearsal (rehearsal.spec.ts): title, clicks, overflow, text size, charts, axe; and
// what the presenter view shows beside the slide, its notes, count and timer, in its presenter walk.
import { SCREEN_FAMILY } from 'slidev-addon-talk-kit/font'
import { expect, test } from './fixtures.ts'
import { widthsWithAndWithoutDeckFont } from './font-cut.ts'

test('Hangul is drawn in the bundled Pretendard cut, not a fallback font', async ({ page, openSlide }) => {
  for (const no of [1, 2]) {
    const slide = await openSlide(no)
    const hangul = [...new Set((await slide.innerText()).match(/[\uAC00-\uD7A3]/g) ?? [])].join('')
    expect(hangul.length, `slide ${no} has Korean text`).toBeGreaterThan(3)
    const family = await slide.locator('h1').first().evaluate(el => getComputedStyle(el).fontFamily)
    expect(family.split(',')[0]!.replace(/"/g, '')).toBe(SCREEN_FAMILY)
    const w = await widthsWithAndWithoutDeckFont(page, hangul)
    expect(w.loaded).toBe(true)
    expect(w.deck, `slide ${no}: Hangul measures the same in the deck's font as in the fallback`).not.toBeCloseTo(w.fallback, 0)
  }
  // the font is the deck's own cut, served from this site
  const faces = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
  expect(faces).toContain(SCREEN_FAMILY)
})

test('one key press is one step, even when the key\'s release reaches the page seconds late (a busy laptop)', async ({ page, openSlide }) => {
  await openSlide(1)
  const announcer = page.getByTestId('slide-announcer')
  // from here the page's timers run only as the test moves its clock: the key is held 3 s by that clock
  await page.clock.install()
  await page.keyboard.down('ArrowRight')
  await page.clock.runFor(3000)
  await page.keyboard.up('ArrowRight')
  await page.clock.resume()
  await expect(announcer).toHaveAttribute('data-slide-no', '2')
  // and nothing steps on afterwards
  await page.clock.runFor(3000)
  await expect(announcer).toHaveAttribute('data-slide-no', '2')
  expect(new URL(page.url()).pathname).toBe('/2')
})
