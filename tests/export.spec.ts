// Exporting: the files the export scripts write, read back from the files themselves.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { zipEntries } from 'slidev-addon-talk-kit/zip'
import { clickMarkers, essayParagraphs, essayTitle, loadDeck } from './deck.ts'
import { colourStats, pdfInfo, pdfPages, pdfText, renderPage, squash } from './pdf.ts'
import { artifacts, sitePdf } from './sites.ts'

const deck = await loadDeck()
const slides = deck.slides.length
// the deck's PDF: the one `npm run build` puts into the site (npm run export's own output here is the with-clicks PDF)
const pdf = sitePdf

test('the PDF has one page per slide', () => {
  expect(pdfPages(pdf)).toBe(slides)
})

test('the PDF\'s metadata: title, author, subject, keywords, language, and an outline', async () => {
  const info = pdfInfo(pdf)
  expect(info.Title).toBe(essayTitle())
  expect(info.Author).toBe(deck.headmatter.author ? String(deck.headmatter.author) : undefined)
  expect(info.Subject).toContain('Grok 2.5')
  expect(info.Keywords).toContain('Grok')
  const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
  expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(ko)')
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  expect(outlines, 'bookmarks').toBeDefined()
  expect(outlines!.get(PDFName.of('First'))).toBeDefined()
})

test('every PDF page is drawn, not blank', () => {
  for (let page = 1; page <= slides; page++) {
    const stats = colourStats(renderPage(pdf, page, 30))
    expect(stats.inkShare, `page ${page} looks blank`).toBeGreaterThan(0.01)
  }
})

test('the with-clicks PDF has a page for every click step', () => {
  const steps = deck.slides.reduce((n, s) => n + clickMarkers(s.note) + 1, 0)
  expect(steps).toBeGreaterThan(slides)
  expect(pdfPages(artifacts.clicksPdf.file)).toBe(steps)
})

test('the handout: an A4 page per slide with the essay text under each slide', () => {
  const file = artifacts.handout.file
  const info = pdfInfo(file)
  expect(info['Page size']).toContain('A4')
  expect(Number(info.Pages)).toBe(slides)
  const text = squash(pdfText(file))
  const paragraphs = essayParagraphs()
  for (const i of [0, 7, 14, 22, 29]) expect(text, `essay paragraph ${i + 1}`).toContain(squash(paragraphs[i]!))
  expect(text).not.toContain('[click')
  const firstPage = colourStats(renderPage(file, 1, 30), { x: 20, y: 40, w: 200, h: 100 })
  expect(firstPage.colours, 'the slide picture on the first page').toBeGreaterThan(8)
})

test('the PPTX is a presentation with one slide per slide', () => {
  const entries = zipEntries(artifacts.pptx.file)
  expect(entries).toContain('[Content_Types].xml')
  expect(entries.filter(e => /^ppt\/slides\/slide\d+\.xml$/.test(e))).toHaveLength(slides)
})

test('the presenter\'s name is the headmatter\'s author: unset, no placeholder reaches any output', () => {
  const author = deck.headmatter.author ? String(deck.headmatter.author) : undefined
  const placeholder = /발표자|presenter|your name/i
  for (const file of [pdf, artifacts.clicksPdf.file, artifacts.handout.file]) {
    const info = pdfInfo(file)
    expect(info.Author, `${file}: Author`).toBe(author)
    for (const [key, value] of Object.entries(info)) expect(value, `${file}: ${key}`).not.toMatch(placeholder)
    expect(pdfText(file, 1), `${file}: cover`).not.toMatch(placeholder)
  }
  const html = readFileSync('dist/index.html', 'utf8')
  if (author)
    expect(html).toContain(author)
  else expect(html).not.toMatch(/name="author"/)
  expect(html).not.toMatch(placeholder)
})
