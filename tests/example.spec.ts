// The kit's example deck (addon/example), a deck the kit has never seen, built and exported by its
// own scripts (the kit's commands) with no option set: its reading page is written in its language,
// its PDF is printed whole, a range of it is printed from a folder named in Hangul, and the kit draws
// no word of another language. (Its QR code: site-qr.spec.ts.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadTalk } from 'slidev-addon-talk-kit/talk'
import { expect, slideShown, test } from './fixtures.ts'
import { drawnInDeckFont, outsideTheCut } from './font-cut.ts'
import { pdfFonts, pdfPages, pdfText } from './pdf.ts'
import { artifacts, exampleDir, sites, siteUrl } from './sites.ts'

const talk = await loadTalk(join(exampleDir, 'slides.md'), exampleDir)
const slides = talk.deck.slides
const pdf = join(sites.example.dir, `${String(talk.deck.config.exportFilename)}.pdf`)

test('its reading page: every slide with its picture and notes, in English, in the deck\'s font cut', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${siteUrl('example')}read/`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('main section')).toHaveCount(slides.length)
  for (const [i, slide] of slides.entries()) {
    const section = page.locator('main section').nth(i)
    await expect(section.locator('h2')).toContainText(slide.title!)
    await expect(section.locator('img')).toHaveJSProperty('complete', true)
    await expect(section.locator('.notes p').first()).toContainText((slide.note ?? '').split(/[.[]/)[0]!.trim())
  }
  await expect(page.getByRole('navigation', { name: talk.words.reading.toc })).toBeVisible()
  // the chart's numbers reach the page as a table (the slide marks it for reading)
  await expect(page.locator('main section').nth(1).locator('table')).toContainText('5')
  expect(await page.locator('body').innerText()).not.toMatch(/\p{Script=Hangul}/u)
  const drawn = await drawnInDeckFont(page.locator('body'))
  expect(await outsideTheCut(page, drawn.chars)).toEqual([])
})

test('its slides on a phone held upright point to the reading page, in English', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${siteUrl('example')}2`)
  await slideShown(page, 2)
  const link = page.getByRole('navigation', { name: talk.words.readingLink.label }).getByRole('link')
  await expect(link).toHaveText(talk.words.readingLink.text)
  await link.click()
  await expect(page).toHaveURL(`${siteUrl('example')}read/#2`)
})

test('its PDF: a page per slide, each with its text, in real subset fonts (the exporter waited for every slide)', () => {
  expect(pdfPages(pdf)).toBe(slides.length)
  for (const [i, slide] of slides.entries())
    expect(pdfText(pdf, i + 1), `page ${i + 1}`).toContain(slide.title!)
  const fonts = pdfFonts(pdf)
  expect(fonts.length).toBeGreaterThan(0)
  expect(fonts.filter(f => f.type === 'Type 3' || !f.embedded)).toEqual([])
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
})

test('`npm run export -- --range 2-3` in a folder named "발표 자료" writes slides 2 and 3, a page each', () => {
  // exported by the artefacts setup in a copy of the project (Slidev prints a range only slide by slide: --per-slide)
  const file = artifacts.rangePdf.file
  expect(pdfPages(file)).toBe(2)
  for (const [page, no] of [2, 3].entries())
    expect(pdfText(file, page + 1), `page ${page + 1}`).toContain(slides[no - 1]!.title!)
})
