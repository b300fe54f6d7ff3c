// Hosting: the built site on the kinds of host it will meet, and with the network gone.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { SCREEN_FAMILY } from 'slidev-addon-talk-kit/font'
import { deckSlideHref } from 'slidev-addon-talk-kit/reading-page'
import { loadDeck } from './deck.ts'
import { expect, serviceWorkerActive, slideShown, test } from './fixtures.ts'
import { sitePdf, siteUrl } from './sites.ts'

const deck = await loadDeck()
const total = deck.slides.length

test.describe('a sub-path host with SPA fallback (/grok-talk/)', () => {
  test.use({ site: 'sub' })

  test.describe('its service worker', () => {
    test.use({ serviceWorkers: 'allow' })

    // the service worker under the sub-path (every slide offline: the rehearsal's walk on the root build)
    test('a deep link opens that slide, and so does a reload, with the network cut too', async ({ page, context }) => {
      const no = Math.min(7, total)
      await page.goto(`${siteUrl('sub')}${no}`)
      await expect(page.locator(`.slidev-page-${no} h1`).first()).toBeVisible()
      expect(await page.title()).toBe(String(deck.headmatter.title))
      await page.reload()
      await expect(page.locator(`.slidev-page-${no} h1`).first()).toBeVisible()
      expect(new URL(page.url()).pathname).toBe(`/grok-talk/${no}`)
      await serviceWorkerActive(page)
      await context.setOffline(true)
      await page.reload()
      const slide = await slideShown(page, no)
      const fontsOk = await page.evaluate(({ text, family }) => document.fonts.check(`16px "${family}"`, text), { text: await slide.innerText(), family: SCREEN_FAMILY })
      expect(fontsOk, 'the fonts offline').toBe(true)
      await context.setOffline(false)
    })
  })

  test('the download button gives the PDF built with the site', async ({ page, openSlide, request }) => {
    await openSlide(1)
    const pdf = await request.get(`${siteUrl('sub')}${basename(sitePdf)}`)
    expect(pdf.status()).toBe(200)
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    const download = page.waitForEvent('download')
    await page.getByTitle('Download as PDF').click()
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  })
})

test.describe('link previews on the sub-path host', () => {
  test.use({ site: 'sub' })

  // the preview and canonical URLs and the description on every build: read.spec.ts
  test('the title, the committed og-image at its size, and the favicon under the base', async ({ page, openSlide, request }) => {
    await openSlide(1)
    const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content')
    expect(await meta('og:title')).toBe(String(deck.headmatter.title))
    const png = await request.get(new URL((await meta('og:image'))!, siteUrl('sub')).href)
    expect(png.headers()['content-type']).toBe('image/png')
    const body = await png.body()
    expect([body.readUInt32BE(16), body.readUInt32BE(20)], 'og-image size').toEqual([1200, 630])
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(icon).toBe('/grok-talk/favicon.svg')
    expect((await request.get(new URL(icon!, siteUrl('sub')).href)).headers()['content-type']).toBe('image/svg+xml')
  })
})

test.describe('the hash-router build on a plain static server (no fallback)', () => {
  test.use({ site: 'hash' })

  test('the server really has no fallback', async ({ request }) => {
    expect((await request.get(`${siteUrl('hash')}3`)).status()).toBe(404)
  })

  // the reading page links to the hash build's slides with the same deckSlideHref (read.spec.ts)
  test('/#/N shows slide N, for every N', async ({ page }) => {
    test.setTimeout(3 * 60_000)
    for (let no = 1; no <= total; no++) {
      await page.goto(`${siteUrl('hash')}${deckSlideHref('', true, no)}`)
      await expect(page.locator(`.slidev-page-${no} h1`).first(), `slide ${no}`).toBeVisible()
    }
  })
})

test('an unknown slide number lands on the last slide', async ({ page }) => {
  await page.goto(`${siteUrl('root')}999`)
  await slideShown(page, total)
  expect(new URL(page.url()).pathname).toBe(`/${total}`)
  await page.goto(`${siteUrl('root')}0`)
  await slideShown(page, 1)
})

test('the build writes what static hosts read: 404.html, _redirects, sw.js', () => {
  const index = readFileSync('dist/index.html', 'utf8')
  expect(readFileSync('dist/404.html', 'utf8')).toBe(index)
  expect(readFileSync('dist/_redirects', 'utf8')).toMatch(/^\/\*\s+\/index\.html\s+200/)
  // the build with both editions: the English edition's rule before the site's
  expect(readFileSync('dist-sub/_redirects', 'utf8')).toMatch(/^\/grok-talk\/en\/\*\s+\/grok-talk\/en\/index\.html\s+200\n\/grok-talk\/\*\s+\/grok-talk\/index\.html\s+200/)
  const sw = readFileSync('dist/sw.js', 'utf8')
  for (const face of ['cover', 'slides', 'notes']) expect(sw).toContain(`pretendard-${face}`)
  expect(index).toMatch(/<html[^>]*lang="ko"/)
  expect(index).not.toMatch(/https?:\/\/(?!localhost)[^"'\s)]+\.(css|js|woff2?|png|svg|ico)/)
})
