// Exporting: the PDF that `npm run export` writes, read back from the file.
import { expect, test } from '@playwright/test'
import { essayTitle, loadDeck } from './deck.ts'
import { colourStats, pdfFonts, pdfInfo, pdfPages, pdfText, renderPage } from './pdf.ts'
import { artifacts } from './sites.ts'

const deck = await loadDeck()

test('the PDF has one page per slide', () => {
  expect(pdfPages(artifacts.pdf)).toBe(deck.slides.length)
})

test('the PDF\'s text carries the talk\'s Korean title, and its metadata names it', () => {
  const cover = pdfText(artifacts.pdf, 1).replace(/\s+/g, ' ')
  for (const part of essayTitle().split(', ')) expect(cover).toContain(part)
  const info = pdfInfo(artifacts.pdf)
  expect(info.Title).toBe(essayTitle())
  expect(info.Author).toBeTruthy()
})

test('the PDF embeds every font it uses', () => {
  const fonts = pdfFonts(artifacts.pdf)
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.filter(f => !f.embedded)).toEqual([])
})

test('every PDF page is drawn, not blank', () => {
  for (let page = 1; page <= deck.slides.length; page++) {
    const stats = colourStats(renderPage(artifacts.pdf, page, 30))
    expect(stats.inkShare, `page ${page} looks blank`).toBeGreaterThan(0.01)
  }
})
