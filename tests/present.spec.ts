// Presenting live: what the audience sees on each slide, and what the presenter sees.
import { clickMarkers, essayParagraphs, loadDeck, spokenText } from './deck.ts'
import { expect, test } from './fixtures.ts'
import { siteUrl } from './sites.ts'

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

    test('no text is smaller than 18 px at the 980×551 canvas', async ({ openSlide }) => {
      const slide = await openSlide(no, 99)
      const small = await slide.evaluate((root) => {
        const out: string[] = []
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!
          if (!n.textContent?.trim() || el.closest('.sr-only') || !el.getClientRects().length) continue
          const size = Number.parseFloat(getComputedStyle(el).fontSize)
          if (size < 17.5) out.push(`${size}px: "${n.textContent.trim().slice(0, 30)}"`)
        }
        return out
      })
      expect(small).toEqual([])
    })
  })
}

/** Width of `text` in the deck's font and in the browser's fallback alone: equal means the deck's font drew nothing. */
async function widthsWithAndWithoutDeckFont(page: import('@playwright/test').Page, text: string) {
  return page.evaluate(async (t) => {
    await document.fonts.load('48px "Pretendard"', t)
    const ctx = document.createElement('canvas').getContext('2d')!
    ctx.font = '48px "Pretendard", monospace'
    const deck = ctx.measureText(t).width
    ctx.font = '48px monospace'
    return { deck, fallback: ctx.measureText(t).width, loaded: document.fonts.check('48px "Pretendard"', t) }
  }, text)
}

test('Hangul is drawn in the bundled Pretendard cut, not a fallback font', async ({ page, openSlide }) => {
  for (const no of [1, 2]) {
    const slide = await openSlide(no)
    const hangul = [...new Set((await slide.innerText()).match(/[\uAC00-\uD7A3]/g) ?? [])].join('')
    expect(hangul.length, `slide ${no} has Korean text`).toBeGreaterThan(3)
    const family = await slide.locator('h1').first().evaluate(el => getComputedStyle(el).fontFamily)
    expect(family).toMatch(/^"?Pretendard"?,/)
    const w = await widthsWithAndWithoutDeckFont(page, hangul)
    expect(w.loaded).toBe(true)
    expect(w.deck, `slide ${no}: Hangul measures the same in the deck's font as in the fallback`).not.toBeCloseTo(w.fallback, 0)
  }
  // the font is the deck's own cut, served from this site
  const faces = await page.evaluate(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')))
  expect(faces).toContain('Pretendard')
})

test('the presenter view shows the current slide\'s notes, with a timer', async ({ page }) => {
  const slideWithTweet = deck.slides.findIndex(s => spokenText(s.note).includes(essayParagraphs()[2]!)) + 1
  await page.setViewportSize({ width: 1400, height: 800 })
  await page.goto(`${siteUrl('root')}presenter/${slideWithTweet}`)
  const notes = page.locator('.slidev-note').first()
  await expect(notes).toContainText('일론 머스크가 또 한 번 세상을 뒤흔들었다.')
  const notesHangul = [...new Set((await notes.innerText()).match(/[\uAC00-\uD7A3]/g) ?? [])].join('')
  const w = await widthsWithAndWithoutDeckFont(page, notesHangul)
  expect(w.deck, 'the notes\' Hangul in the deck\'s font').not.toBeCloseTo(w.fallback, 0)
  await expect(page.getByText(`${slideWithTweet} / ${total}`).first()).toBeVisible()
  // the countdown starts at the headmatter's duration
  const minutes = String(deck.headmatter.duration).replace(/min$/, '')
  await expect(page.locator('.font-mono').filter({ hasText: new RegExp(`^${minutes}:00$`) }).first()).toBeVisible()
})
