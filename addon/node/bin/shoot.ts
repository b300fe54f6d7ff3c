/**
 * Screenshots of slides, for looking at them:
 *   `npm run shoot -- [--url http://localhost:4310] [--out shots] [--clicks K] [--presenter] [1 2 5-7]`.
 * Needs a running site (`npm run preview`, or `npm run dev` and --url with its port).
 */
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { findBrowser } from '../browser.ts'
import { commandTalk } from '../talk.ts'

const { talk, args } = await commandTalk(process.argv.slice(2))
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: {
    url: { type: 'string', default: 'http://localhost:4310' },
    out: { type: 'string', default: 'shots' },
    clicks: { type: 'string', default: '' },
    presenter: { type: 'boolean', default: false },
  },
})
const { url, out, presenter, clicks } = values
const notRange = positionals.filter(a => !/^\d+(?:-\d+)?$/.test(a))
if (notRange.length) {
  console.error(`Not a slide number or range: ${notRange.join(' ')} (e.g. 3 5-7)`)
  process.exit(1)
}
const wanted = positionals.flatMap((a) => {
  const [from, to = from] = a.split('-').map(Number) as [number, number?]
  return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i)
})

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({ executablePath: findBrowser() })
const page = await browser.newPage({ viewport: { width: 980, height: 551 }, deviceScaleFactor: 1 })
const total = talk.deck.slides.length
const pages = wanted.length ? wanted : Array.from({ length: Math.max(total, 1) }, (_, i) => i + 1)
for (const n of pages) {
  await page.goto(`${url}/${presenter ? `presenter/${n}` : n}${clicks ? `?clicks=${clicks}` : ''}`)
  if (presenter)
    await page.setViewportSize({ width: 1400, height: 800 })
  await page.locator(`.slidev-page-${n}`).first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `${out}/${presenter ? 'presenter-' : ''}${String(n).padStart(2, '0')}.png` })
  console.log(`${out}/${String(n).padStart(2, '0')}.png`)
}
await browser.close()
