// What the slides cite, as the audience sees it: every page a slide cites is on the sources slides,
// every listed page is cited on a slide, and the essay quoted on a slide is the essay's own words.
import { readFileSync } from 'node:fs'
import { root } from '../scripts/deck.ts'
import { loadDeck } from './deck.ts'
import { expect, test } from './fixtures.ts'

const deck = await loadDeck()
const slideNumbers = deck.slides.map((_, i) => i + 1)
const isSourcesSlide = (no: number) => deck.slides[no - 1]!.content.includes('<SourceList')
const essay = readFileSync(`${root}content/essay.ko.txt`, 'utf8').replace(/\s+/g, ' ')

/** Addresses of the citations shown on the slide (source lines, source notes, fact-check citations). */
const CITED = '.source-line a[href^="http"], .source-note a[href^="http"], .fact-check a[href^="http"]'

// one walk over every slide reads both what it cites and what it quotes
test.describe.configure({ timeout: 180_000 })

test('every cited page is listed on the sources slides and every listed page is cited; the essay quoted on a slide is verbatim, a paraphrase marked as one', async ({ openSlide }) => {
  const cited = new Map<string, number[]>()
  const listed: string[] = []
  let quotes = 0
  for (const no of slideNumbers) {
    const slide = await openSlide(no, 99)
    // a figure's own source line comes with its component, which loads after the slide shows
    await slide.page().waitForLoadState('networkidle')
    if (isSourcesSlide(no)) {
      await expect(slide.locator('.source-list li').first()).toBeVisible()
      listed.push(...await slide.locator('.source-list a').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href)))
      continue
    }
    for (const href of await slide.locator(CITED).evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href)))
      cited.set(href, [...(cited.get(href) ?? []), no])
    for (const text of await slide.locator('[data-essay-quote]').allTextContents()) {
      quotes++
      expect.soft(essay, `slide ${no}: “${text}” is not the essay's words`).toContain(text.replace(/\s+/g, ' ').trim())
    }
    for (const text of await slide.locator('[data-essay-paraphrase]').allTextContents())
      expect.soft(text, `slide ${no}: a paraphrase says so`).toContain('에세이 요약')
  }
  expect(quotes, 'essay quotes found on the slides').toBeGreaterThan(5)
  expect(listed.length, 'the sources slides list pages').toBeGreaterThan(10)
  expect(new Set(listed).size, 'no page listed twice').toBe(listed.length)
  const notListed = [...cited.keys()].filter(u => !listed.includes(u)).map(u => `${u} (slide ${cited.get(u)!.join(', ')})`)
  expect(notListed, 'cited on a slide but not on the sources slides').toEqual([])
  expect(listed.filter(u => !cited.has(u)), 'listed but cited on no slide').toEqual([])
})

test('a source whose title could not be confirmed is shown as a description, never in title marks', async ({ openSlide }) => {
  const described: string[] = []
  for (const no of slideNumbers.filter(isSourcesSlide)) {
    const slide = await openSlide(no, 99)
    // a figure's own source line comes with its component, which loads after the slide shows
    await slide.page().waitForLoadState('networkidle')
    await expect(slide.locator('.source-list li').first()).toBeVisible()
    described.push(...await slide.locator('.source-title.is-described').allTextContents())
  }
  expect(described.length).toBeGreaterThan(0)
  for (const text of described) {
    expect(text.trim()).toMatch(/^설명:/)
    expect(text).not.toMatch(/[「」]/)
  }
})
