// The font as the build and the PDFs carry it: what the slides draw is inside the cut, and every
// PDF holds real subset fonts, not Type 3 glyphs, with its text searchable.
import type { Page } from '@playwright/test'
import { PRINT_FAMILY, PRINT_WEIGHTS, SCREEN_FAMILY } from '../lib/font.ts'
import { essayTitle, loadDeck } from './deck.ts'
import { expect, test } from './fixtures.ts'
import { pdfFonts, pdfText } from './pdf.ts'
import { artifacts, sitePdf, siteUrl } from './sites.ts'

const deck = await loadDeck()
const total = deck.slides.length

interface Drawn { chars: string, weights: number[] }

/**
 * The characters a part of the page draws in the deck's font, read from the page: text nodes of
 * rendered elements and generated content, where the element's font list starts with the deck's
 * family (Slidev's controls use the system font). `document.fonts.check` cannot tell: it is true
 * for a character no face holds, as nothing is left to load.
 */
async function drawnInDeckFont(page: Page, selector: string): Promise<Drawn> {
  return page.locator(selector).first().evaluate((root, family) => {
    const chars = new Set<string>()
    const weights = new Set<number>()
    const inDeckFont = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo).fontFamily.replace(/["']/g, '').split(',')[0]!.trim() === family
    const add = (text: string, el: Element, pseudo?: string) => {
      if (!inDeckFont(el, pseudo) || !text.trim())
        return
      for (const ch of text) {
        if (ch.codePointAt(0)! > 0x20)
          chars.add(ch)
      }
      weights.add(Number(getComputedStyle(el, pseudo).fontWeight))
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (el?.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        add(node.textContent ?? '', el)
    }
    for (const el of root.querySelectorAll('*')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(el, pseudo).content
        if (/^".*"$/.test(content))
          add(JSON.parse(content) as string, el, pseudo)
      }
    }
    return { chars: [...chars].join(''), weights: [...weights] }
  }, SCREEN_FAMILY)
}

/** The characters no face of the deck's family holds, by each face's unicode-range. */
async function outsideTheCut(page: Page, chars: string): Promise<string[]> {
  return page.evaluate(({ chars, family }) => {
    const ranges = [...document.fonts].filter(f => f.family.replace(/["']/g, '') === family).flatMap(f => f.unicodeRange.split(',').map((r) => {
      const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-').map(h => Number.parseInt(h, 16))
      return [lo!, hi ?? lo!] as const
    }))
    return [...chars].filter((ch) => {
      const cp = ch.codePointAt(0)!
      return !ranges.some(([lo, hi]) => cp >= lo && cp <= hi)
    })
  }, { chars, family: SCREEN_FAMILY })
}

test('every character a slide draws, at its last click, is in the font cut, in a printed weight', async ({ page, openSlide }) => {
  test.setTimeout(180_000)
  const weights = new Set<number>()
  for (let no = 1; no <= total; no++) {
    await openSlide(no, 999)
    const drawn = await drawnInDeckFont(page, `.slidev-page-${no}`)
    expect(drawn.chars.length, `slide ${no} draws text in the deck's font`).toBeGreaterThan(0)
    expect.soft(await outsideTheCut(page, drawn.chars), `slide ${no}: characters no face holds`).toEqual([])
    for (const w of drawn.weights) weights.add(w)
  }
  // the print cut has a static instance per weight: any other would print in a neighbour's weight
  expect([...weights].filter(w => !(PRINT_WEIGHTS as readonly number[]).includes(w)), 'weights with no print face').toEqual([])
})

test('every character of the speaker notes, as the presenter view draws them, is in the font cut', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1400, height: 800 })
  for (let no = 1; no <= total; no++) {
    if (!deck.slides[no - 1]!.note?.trim())
      continue
    // each slide's notes by address: a fresh page per slide, so no note is read from the slide before
    await page.goto(`${siteUrl('root')}presenter/${no}`)
    await expect(page.locator('.slidev-note').first()).toBeVisible()
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const drawn = await drawnInDeckFont(page, '.slidev-note')
    expect.soft(await outsideTheCut(page, drawn.chars), `notes of slide ${no}: characters no face holds`).toEqual([])
  }
})

const pdfs = [
  ['the deck PDF', artifacts.pdf.file],
  ['the PDF built into the site', sitePdf],
  ['the with-clicks PDF', artifacts.clicksPdf.file],
  ['the handout', artifacts.handout.file],
] as const

for (const [name, file] of pdfs) {
  test(`${name} holds real subset fonts (no Type 3) and searchable text`, () => {
    const fonts = pdfFonts(file)
    expect(fonts.filter(f => f.type === 'Type 3'), 'Type 3 fonts').toEqual([])
    expect(fonts.some(f => f.name.endsWith(`+${PRINT_FAMILY}-Regular`)), `a ${PRINT_FAMILY} subset`).toBe(true)
    // searchable: the title comes back out as the same Korean text
    expect(pdfText(file).replace(/\s+/g, '')).toContain(essayTitle().replace(/\s+/g, ''))
  })
}
