// Presenting live: the deck's font, and what the presenter sees. Each slide and click state is
// checked in the rehearsal (rehearsal.spec.ts): title, clicks, overflow, text size, charts, axe.
import { SCREEN_FAMILY } from '../addon/shared/font.ts'
import { essayParagraphs, loadDeck, spokenText } from './deck.ts'
import { expect, test } from './fixtures.ts'
import { siteUrl } from './sites.ts'

const deck = await loadDeck()
const total = deck.slides.length

/** Width of `text` in the deck's font and in the browser's fallback alone: equal means the deck's font drew nothing. */
async function widthsWithAndWithoutDeckFont(page: import('@playwright/test').Page, text: string) {
  return page.evaluate(async ({ t, family }) => {
    await document.fonts.load(`48px "${family}"`, t)
    const ctx = document.createElement('canvas').getContext('2d')!
    ctx.font = `48px "${family}", monospace`
    const deck = ctx.measureText(t).width
    ctx.font = '48px monospace'
    return { deck, fallback: ctx.measureText(t).width, loaded: document.fonts.check(`48px "${family}"`, t) }
  }, { t: text, family: SCREEN_FAMILY })
}

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
