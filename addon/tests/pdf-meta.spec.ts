// What the build and the export say of a PDF they read back (node/pdf-meta.ts), on PDFs made here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib'
import { finishedPdf, pdfProblem } from '../node/pdf-meta.ts'

/** A PDF of `pages` pages, each with a line of text, but for the 1-based pages in `white`. */
async function pdf(pages: number, white: number[] = []): Promise<string> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([960, 540])
    if (!white.includes(i))
      page.drawText(`Slide ${i}`, { x: 40, y: 480, size: 32, font })
  }
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-meta-')), 'deck.pdf')
  writeFileSync(file, await doc.save())
  return file
}

test('a page per slide with text on each is a good PDF', async () => {
  expect(await pdfProblem(await pdf(3), 3)).toBeUndefined()
})

test('a white page is named by its number, as a print page caught before it drew', async () => {
  const file = await pdf(4, [3])
  expect(await pdfProblem(file, 4)).toBe(`${file} has 1 page with no text drawn (3)`)
})

test('a page count that is not one per slide is named; with clicks, more pages than slides is right', async () => {
  const file = await pdf(3)
  expect(await pdfProblem(file, 4)).toBe(`${file} has 3 pages for 4 slides`)
  expect(await pdfProblem(file, 2, { withClicks: true })).toBeUndefined()
  expect(await pdfProblem(file, 4, { withClicks: true })).toBe(`${file} has 3 pages for 4 slides`)
})

test('a finished PDF carries the deck\'s language and its title', async () => {
  const done = await PDFDocument.load(await finishedPdf(readFileSync(await pdf(1)), { lang: 'en', title: 'A talk' }))
  expect(String(done.catalog.get(PDFName.of('Lang')))).toBe('(en)')
  expect(done.getTitle()).toBe('A talk')
})
