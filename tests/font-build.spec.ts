// The font as the PDFs carry it: every PDF holds real subset fonts, not Type 3 glyphs, with its
// text searchable. (What the slides and the notes draw is checked against the cut in the
// rehearsal's walks, which visit every slide anyway: rehearsal.spec.ts.)
import { expect, test } from '@playwright/test'
import { PRINT_FAMILY } from 'slidev-addon-talk-kit/font'
import { essayTitle } from './deck.ts'
import { pdfFonts, pdfText, squash } from './pdf.ts'
import { artifacts, sitePdf } from './sites.ts'

const pdfs = [
  ['the PDF built into the site', sitePdf],
  ['the with-clicks PDF', artifacts.clicksPdf.file],
  ['the handout', artifacts.handout.file],
] as const

for (const [name, file] of pdfs) {
  test(`${name} holds real subset fonts (no Type 3, every one embedded) and searchable text`, () => {
    const fonts = pdfFonts(file)
    expect(fonts.filter(f => f.type === 'Type 3'), 'Type 3 fonts').toEqual([])
    expect(fonts.filter(f => !f.embedded), 'fonts not embedded').toEqual([])
    expect(fonts.some(f => f.name.endsWith(`+${PRINT_FAMILY}-Regular`)), `a ${PRINT_FAMILY} subset`).toBe(true)
    // searchable: the title comes back out as the same Korean text
    expect(squash(pdfText(file))).toContain(squash(essayTitle()))
  })
}
