// The reading page's address on screen (addon/components/SiteQr.vue, drawn by addon/node/site-qr.ts):
// a phone's camera reads the QR code off the built cover and closing slides (here a decoder reads a
// screenshot), for the talk on a sub-path and for the kit's example deck at the root; a build that
// writes no reading page shows neither code nor address. (The hash router changes the deck's
// addresses, not the reading page's: the address itself is the kit's unit test.)
import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { READING_PATH } from 'slidev-addon-talk-kit/reading-page'
import { loadDeck } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { renderPage } from './pdf.ts'
import { visibleOverflow } from './rehearsal.ts'
import { sitePdf, sites, siteUrl } from './sites.ts'

const deck = await loadDeck()
const closing = deck.slides.findIndex(s => s.frontmatter.class === 'closing-slide') + 1

function decode(png: Buffer): string | undefined {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
}

/** What the QR code on slide `no` at `url` says, read from a screenshot of the slide, and the address printed beside it. */
async function readSlide(page: Page, url: string, no: number) {
  await page.goto(url)
  const slide = await slideShown(page, no)
  const figure = slide.getByTestId('site-qr')
  await expect(figure).toBeVisible()
  // the code fits on the slide with everything else (the rehearsal walks a build without it)
  expect(await visibleOverflow(slide), `${url}: nothing visible sticks out`).toEqual([])
  return { decoded: decode(await slide.screenshot()), printed: await figure.locator('figcaption').innerText(), label: await figure.getByRole('img').getAttribute('aria-label') }
}

test.use({ deviceScaleFactor: 2 })

test('the cover and the closing slide carry the reading page\'s address as a QR code and as text: the talk on a sub-path, the example deck at the root', async ({ page }) => {
  // four slides at twice the pixels, each decoded
  test.setTimeout(2 * 60_000)
  const targets = [
    { slides: [1, closing], slideUrl: (no: number) => `${siteUrl('sub')}${no}`, reading: new URL(READING_PATH, siteUrl('sub')).href },
    { slides: [1], slideUrl: (no: number) => `${siteUrl('example')}${no}`, reading: new URL(READING_PATH, siteUrl('example')).href },
  ]
  for (const t of targets) {
    for (const no of t.slides) {
      const { decoded, printed, label } = await readSlide(page, t.slideUrl(no), no)
      expect(decoded, `${t.slideUrl(no)}: the QR code`).toBe(t.reading)
      expect(label, 'the code\'s text alternative').toBe(t.reading)
      expect(printed, 'the short address beside it').toContain(t.reading.replace(/^https?:\/\//, '').replace(/\/$/, ''))
      if (no === closing)
        expect(printed).toContain('슬라이드와 원고, 출처:')
    }
  }
  // the sub-path build's code leads to its reading page
  await page.goto(targets[0]!.reading)
  await expect(page.locator('h1')).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(`${sites.sub.base}${READING_PATH}`)
})

test('the PDF built into the site carries the code, sharp enough to read from its first page', () => {
  const page = renderPage(sitePdf, 1, 150)
  const rgba = new Uint8ClampedArray(page.width * page.height * 4)
  for (let i = 0; i < page.width * page.height; i++) {
    rgba.set(page.rgb.subarray(i * 3, i * 3 + 3), i * 4)
    rgba[i * 4 + 3] = 255
  }
  expect(jsQR(rgba, page.width, page.height)?.data).toBe(new URL(READING_PATH, siteUrl('sub')).href)
})

test('a build without the reading page (build:site, even with SITE_URL) shows no code and no address', async ({ openSlide }) => {
  for (const no of [1, closing]) {
    const slide = await openSlide(no)
    await expect(slide.getByTestId('site-qr')).toHaveCount(0)
    await expect(slide).not.toContainText('출처:')
  }
})
