/**
 * `talk-kit handout [--lang <edition>]`: an A4 handout, one page per slide — the slide as a picture
 * and, under it, the text it carries (its speaker notes without click markers or stage cues).
 * Slidev's own `export-notes` prints notes without the slides and cannot use a system browser.
 *   --site DIR     use an existing build (default: build one into a temporary folder)
 *   --output FILE  default: <exportFilename>-handout.pdf
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import escapeHtml from 'escape-html'
import { fontStack, PRINT_FAMILY } from '../../shared/font.ts'
import { openBuiltSite, showFinalSlide } from '../built-site.ts'
import { staticSubset } from '../deck-font.ts'
import { finishedPdf } from '../pdf-meta.ts'
import { commandTalk, handoutParagraphs } from '../talk.ts'

const { talk, args } = await commandTalk(process.argv.slice(2))
const { values: opts } = parseArgs({ args, options: { site: { type: 'string' }, output: { type: 'string' } } })

const { deck, words, colours: colour } = talk
const head = deck.headmatter
const title = words.handout(String(head.title))
const output = opts.output ?? `${String(head.exportFilename)}-handout.pdf`

const site = await openBuiltSite(opts.site, '/', talk.entry)
try {
  const page = await site.browser.newPage({ viewport: { width: 980, height: 551 }, deviceScaleFactor: 2 })
  const shots: string[] = []
  for (let no = 1; no <= deck.slides.length; no++) {
    const slide = await showFinalSlide(page, site.url, no)
    shots.push((await slide.screenshot({ type: 'png' })).toString('base64'))
  }

  const sections = deck.slides.map((s, i) => `
  <section>
    <p class="no">${i + 1} / ${deck.slides.length}${s.title ? ` · ${escapeHtml(s.title)}` : ''}</p>
    <img src="data:image/png;base64,${shots[i]}" alt="${escapeHtml(s.title ?? words.slide(i + 1))}">
    ${handoutParagraphs(s.note).map(p => `<p>${escapeHtml(p)}</p>`).join('\n    ')}
  </section>`).join('\n')
  // the static Regular cut to the handout's own text: a PDF embeds it as a real subset font (a
  // variable font would go in as Type 3 glyphs)
  const font = (await staticSubset(400, `${sections.replace(/<[^>]*>|data:[^"]*/g, '') + title}0123456789/`)).toString('base64')
  const html = `<!doctype html>
<html lang="${escapeHtml(talk.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  @font-face { font-family: '${PRINT_FAMILY}'; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 400; }
  @page { size: A4; margin: 16mm 18mm 18mm; }
  body { font-family: ${fontStack(PRINT_FAMILY)}; color: ${colour.ink}; font-size: 11pt; line-height: 1.7; margin: 0; word-break: keep-all; }
  section { break-after: page; }
  section:last-child { break-after: auto; }
  .no { font-size: 9pt; color: ${colour.muted}; margin: 0 0 3mm; letter-spacing: 0.02em; }
  img { width: 100%; border: 0.3mm solid ${colour.line}; border-radius: 2mm; margin-bottom: 5mm; }
  p { margin: 0 0 3mm; }
</style></head><body>${sections}</body></html>`
  await page.setContent(html, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const printed = await page.pdf({
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font-size:8pt;color:${colour.muted};width:100%;text-align:center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  })
  // finished in memory and written once
  writeFileSync(output, await finishedPdf(printed, {
    lang: talk.lang,
    title,
    // the presenter's name is the headmatter's `author:`; unset, the handout names no one
    author: head.author ? String(head.author) : undefined,
    subject: String(head.info ?? '').trim(),
    keywords: String(head.keywords ?? '').split(/,\s*/),
  }))
  console.log(`  ✓ handout: ${output} (${deck.slides.length} pages)`)
}
finally {
  await site.close()
}
