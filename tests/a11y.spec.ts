// Accessibility: what a screen-reader, keyboard or reduced-motion user meets. axe-core scans every
// slide at its last click, where all its clicks have revealed, in the rehearsal (rehearsal.spec.ts).
import { loadDeck } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { siteUrl } from './sites.ts'

const deck = await loadDeck()
const total = deck.slides.length

test('the page says it is Korean, the slide sits in a main landmark, a live region announces each change, and slide text is selectable', async ({ page, openSlide }) => {
  await openSlide(1)
  expect(await page.locator('html').getAttribute('lang')).toBe('ko')
  await expect(page.getByRole('main')).toContainText(String(deck.slides[0]!.title).split(',')[0]!)
  const status = page.getByRole('status')
  await expect(status).toHaveAttribute('aria-live', 'polite')
  await expect(status).toHaveText(`슬라이드 1 / ${total}: ${deck.slides[0]!.title}`)
  // by keyboard: past the cover's clicks to slide 2
  for (let k = 0; k <= Number(await status.getAttribute('data-clicks-total')); k++) await page.keyboard.press('ArrowRight')
  await expect(status).toHaveText(`슬라이드 2 / ${total}: ${deck.slides[1]!.title}`)
  const second = await slideShown(page, 2)
  expect(await second.locator('h1').first().evaluate(el => getComputedStyle(el).userSelect)).not.toBe('none')
  // by URL
  await page.goto(`${siteUrl('root')}${total}`)
  await expect(status).toHaveText(`슬라이드 ${total} / ${total}: ${deck.slides[total - 1]!.title}`)
})

test('with reduced motion, changing slides runs no transition (and without it, one runs)', async ({ page, openSlide }) => {
  // counts the CSS transitions that start (a zero-length one never does) from the first key on
  await page.addInitScript(() => {
    const w = window as unknown as { transitionsRun: number }
    w.transitionsRun = 0
    document.addEventListener('transitionrun', () => w.transitionsRun++, true)
  })
  const transitionsRun = () => page.evaluate(() => (window as unknown as { transitionsRun: number }).transitionsRun)
  const nextSlide = async () => {
    await openSlide(1)
    const clicks = Number(await page.getByRole('status').getAttribute('data-clicks-total'))
    await page.evaluate(() => (window as unknown as { transitionsRun: number }).transitionsRun = 0)
    for (let k = 0; k <= clicks; k++) await page.keyboard.press('ArrowRight')
    await slideShown(page, 2)
    // the change is over once Vue has taken its transition classes off (at once when nothing runs)
    await expect(page.locator('[class*="-enter-active"], [class*="-leave-active"]')).toHaveCount(0)
  }
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await nextSlide()
  await expect.poll(transitionsRun, { message: 'the fade between slides, as the measure\'s control' }).toBeGreaterThan(0)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await nextSlide()
  expect(await transitionsRun()).toBe(0)
})

test.describe('on the site built with its PDF', () => {
  test.use({ site: 'sub' })

  test('by keyboard alone: forward, back, the overview, and the PDF download with visible focus', async ({ page, openSlide }) => {
    await openSlide(2)
    await page.keyboard.press('ArrowDown')
    await slideShown(page, 3)
    await page.keyboard.press('ArrowUp')
    await slideShown(page, 2)

    await page.keyboard.press('o')
    const overview = page.locator('.z-modal').filter({ has: page.locator('.slidev-page') })
    await expect(overview).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(overview).toBeHidden()

    let reached = false
    for (let tab = 0; tab < 40 && !reached; tab++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.getAttribute('title') === 'Download as PDF')
    }
    expect(reached, 'Tab reaches the download button').toBe(true)
    const focused = page.locator(':focus')
    expect(await focused.evaluate(el => el.matches(':focus-visible'))).toBe(true)
    // the controls fade in when focused: wait for the fade to end rather than read it halfway
    await expect.poll(() => focused.evaluate((el) => {
      let opacity = 1
      for (let n: Element | null = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity)
      return opacity
    }), 'the focused control is not transparent').toBeGreaterThan(0.9)
    await expect(focused, 'the focused control has a focus ring').not.toHaveCSS('outline-style', 'none')
    expect(Number.parseFloat(await focused.evaluate(el => getComputedStyle(el).outlineWidth))).toBeGreaterThan(0)
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  })
})
