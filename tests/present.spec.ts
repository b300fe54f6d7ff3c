// Presenting live: what the audience sees on each slide, and what the presenter sees.
import { clickMarkers, essayParagraphs, loadDeck, spokenText } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'

const deck = await loadDeck()
const total = deck.slides.length

for (const [i, info] of deck.slides.entries()) {
  const no = i + 1
  test.describe(`slide ${no}: ${info.title ?? '(untitled)'}`, () => {
    test('renders its title, with as many [click] notes as clicks', async ({ page, openSlide }) => {
      const slide = await openSlide(no)
      await expect(slide.locator('h1').first()).toBeVisible()
      const announcer = page.getByTestId('slide-announcer')
      await expect(announcer).toHaveAttribute('data-slide-no', String(no))
      const clicks = Number(await announcer.getAttribute('data-clicks-total'))
      expect(clicks, 'the slide\'s clicks total and its notes\' [click] markers').toBe(clickMarkers(info.note))
    })

    test('nothing overflows the slide, with every click revealed', async ({ page, openSlide }) => {
      const slide = await openSlide(no, 99)
      const overflowing = await slide.evaluate((root) => {
        const box = root.getBoundingClientRect()
        const out: string[] = []
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.closest('.sr-only')) continue
          const r = el.getBoundingClientRect()
          if (r.width === 0 || r.height === 0) continue
          const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
          if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
            out.push(`${name} at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}×${Math.round(r.height)}`)
          const style = getComputedStyle(el)
          if (/(hidden|clip|auto|scroll)/.test(style.overflow) && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
            out.push(`${name} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
        }
        return out
      })
      expect(overflowing).toEqual([])
    })
  })
}

test('Hangul is drawn in the bundled Pretendard, not a fallback font', async ({ page, openSlide }) => {
  for (const no of [1, 2]) {
    const slide = await openSlide(no)
    const text = await slide.innerText()
    const hangul = [...new Set(text.match(/[\uAC00-\uD7A3]/g) ?? [])]
    expect(hangul.length, `slide ${no} has Korean text`).toBeGreaterThan(3)
    const family = await slide.locator('h1, p').first().evaluate(el => getComputedStyle(el).fontFamily)
    expect(family).toMatch(/^"?Pretendard Variable"?/)
    const uncovered = await page.evaluate((chars) => {
      const loaded = [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Pretendard Variable' && f.status === 'loaded')
      const ranges = loaded.flatMap(f => f.unicodeRange.split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-')
        return [Number.parseInt(a!, 16), Number.parseInt(b ?? a!, 16)] as const
      }))
      return chars.filter(c => !ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b))
    }, hangul)
    expect(uncovered, `Hangul on slide ${no} with no loaded Pretendard face`).toEqual([])
  }
  expect(await page.evaluate(() => document.fonts.check('700 16px "Pretendard Variable"', '판도라의 상자'))).toBe(true)
})

test('the presenter view shows the current slide\'s notes, with a timer', async ({ page }) => {
  const slideWithTweet = deck.slides.findIndex(s => spokenText(s.note).includes(essayParagraphs()[2]!)) + 1
  await page.setViewportSize({ width: 1400, height: 800 })
  await page.goto(`http://localhost:4310/presenter/${slideWithTweet}`)
  const notes = page.locator('.slidev-note').first()
  await expect(notes).toContainText('일론 머스크가 또 한 번 세상을 뒤흔들었다.')
  await expect(page.getByText(`${slideWithTweet} / ${total}`).first()).toBeVisible()
  await expect(page.locator('.slidev-presenter-timer, [class*="timer"]').first()).toBeVisible()
})

test('the keyboard moves through the talk and the announcer follows', async ({ page, openSlide }) => {
  await openSlide(1)
  const announcer = page.getByTestId('slide-announcer')
  await expect(announcer).toContainText(`슬라이드 1 / ${total}`)
  const clicks = Number(await announcer.getAttribute('data-clicks-total'))
  for (let k = 0; k <= clicks; k++) await page.keyboard.press('ArrowRight')
  await slideShown(page, 2)
  await expect(announcer).toContainText(`슬라이드 2 / ${total}`)
  await page.keyboard.press('ArrowLeft')
  await slideShown(page, 1)
  await expect(announcer).toContainText(`슬라이드 1 / ${total}`)
})
