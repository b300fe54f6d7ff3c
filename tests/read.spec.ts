import type { Page } from '@playwright/test'
import type { SiteName } from './sites.ts'
// The reading page (/read/), link previews and robots.txt, on the real builds. `npm run build`
// writes the reading page (the sub-path build here, /grok-talk/read/); `build:site` has no browser
// to picture the slides, writes none, and its deck (the root build here) links to none.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { SCREEN_FAMILY } from 'slidev-addon-talk-kit/font'
import { deckSlideHref, READING_PATH } from 'slidev-addon-talk-kit/reading-page'
import { handoutParagraphs } from 'slidev-addon-talk-kit/talk'
import { factCheck } from '../data/factcheck.ts'
import { deckSources } from '../data/index.ts'
import { loadDeck } from './deck.ts'
import { expect, serviceWorkerActive, settled, slideShown, test } from './fixtures.ts'
import { drawnInDeckFont, outsideTheCut } from './font-cut.ts'
import { sites, siteUrl } from './sites.ts'

const deck = await loadDeck()
const total = deck.slides.length
const readUrl = (site: SiteName) => `${siteUrl(site)}${READING_PATH}`
/** the build made by `npm run build` */
const withPage = 'sub' as const

/** Horizontal overflow, and every piece of visible text smaller than 16 CSS px. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth
    const small: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !node.textContent?.trim() || el.closest('script, style'))
        continue
      const box = el.getBoundingClientRect()
      if (!box.width || !box.height)
        continue // not shown (skip link, closed table of contents)
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < 16)
        small.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`)
    }
    return { overflow, small }
  })
}

test.describe('the reading page', () => {
  test('has every slide, titled, pictured, with every essay paragraph in order — without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(readUrl(withPage))
    expect(await page.locator('html').getAttribute('lang')).toBe('ko')
    const sections = page.locator('main section')
    await expect(sections).toHaveCount(total)
    for (const [i, slide] of deck.slides.entries()) {
      const no = i + 1
      const section = sections.nth(i)
      expect(await section.getAttribute('id'), `section ${no}`).toBe(String(no))
      await expect(section.locator('h2'), `title ${no}`).toContainText(slide.title ? slide.title.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : `슬라이드 ${no}`)
      await expect(section.locator('.notes p'), `essay ${no}`).toHaveText(handoutParagraphs(slide.note))
      const img = section.locator('figure img')
      expect(Number(await img.getAttribute('width')), `width ${no}`).toBeGreaterThan(600)
      expect(Number(await img.getAttribute('height')), `height ${no}`).toBeGreaterThan(300)
      expect((await img.getAttribute('alt'))?.length, `alt ${no}`).toBeGreaterThan(5)
      expect(await img.getAttribute('loading'), `loading ${no}`).toBe(no === 1 ? null : 'lazy')
    }
    // a chart's picture says its numbers: its text alternative is part of the alt text
    const chartAlts = await page.locator('figure img').evaluateAll(imgs => imgs.map(i => (i as HTMLImageElement).alt))
    expect(chartAlts.some(alt => /\d+(?:\.\d+)?\s*%/.test(alt)), 'a chart\'s numbers in an alt text').toBe(true)
    await context.close()
  })

  test('every picture is a WebP the server has', async ({ page, request }) => {
    await page.goto(readUrl(withPage))
    const sources = await page.locator('figure img').evaluateAll(imgs => imgs.map(i => (i as HTMLImageElement).currentSrc || (i as HTMLImageElement).src))
    expect(sources).toHaveLength(total)
    for (const src of sources) {
      const res = await request.get(src)
      expect(res.status(), src).toBe(200)
      expect((await res.body()).subarray(8, 12).toString(), src).toBe('WEBP')
    }
  })

  for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    test(`no horizontal scroll and no text under 16 px at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(readUrl(withPage))
      await page.locator('.toc summary').click() // the table of contents too
      const { overflow, small } = await layoutProblems(page)
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
      expect(small).toEqual([])
      const widest = await page.locator('figure img').evaluateAll(imgs => Math.max(...imgs.map(i => i.getBoundingClientRect().right)))
      expect(widest).toBeLessThanOrEqual(viewport.width)
      // a numbered list's markers (16. and on) sit in its padding: none is cut at its edge
      const cut = await page.locator('main ol').evaluateAll(lists => lists.flatMap((ol) => {
        const items = [...ol.children] as HTMLLIElement[]
        const last = items.at(-1)
        if (!last)
          return []
        const probe = document.createElement('span')
        probe.textContent = `${(ol as HTMLOListElement).start + items.length - 1}. `
        probe.style.cssText = 'position:absolute;white-space:pre'
        last.append(probe)
        const marker = probe.getBoundingClientRect().width
        probe.remove()
        // within the list's own box: past it, a container's edge cuts the number ("16." read as "6.")
        return last.getBoundingClientRect().left - marker < ol.getBoundingClientRect().left ? [probe.textContent] : []
      }))
      expect(cut, 'list numbers past the left edge').toEqual([])
      if (viewport.width === 390) {
        // every character of the page, its own words (차례, 본문으로 건너뛰기) included, is in the font cut
        const drawn = await drawnInDeckFont(page.locator('body'))
        expect(await outsideTheCut(page, drawn.chars), 'characters no face of the cut holds').toEqual([])
      }
    })
  }

  test('/read#7 opens at slide 7, with or without the trailing slash', async ({ page }) => {
    const no = Math.min(7, total)
    for (const url of [`${readUrl(withPage)}#${no}`, `${siteUrl(withPage)}read#${no}`]) {
      await page.goto(url)
      await expect(page.locator(`section[id="${no}"] h2`)).toBeInViewport()
      await expect(page.locator('section[id="1"] h2')).not.toBeInViewport()
    }
  })

  test(`each slide links to itself in the deck (${siteUrl(withPage)})`, async ({ page }) => {
    await page.goto(readUrl(withPage))
    const links = page.locator('main section .to-deck a')
    await expect(links).toHaveCount(total)
    const hrefs = await links.evaluateAll(as => as.map(a => a.getAttribute('href')))
    expect(hrefs).toEqual(deck.slides.map((_, i) => deckSlideHref(sites[withPage].base, false, i + 1)))
    const no = Math.min(7, total)
    await links.nth(no - 1).click()
    await slideShown(page, no)
    // and the deck's first-slide button at the top
    await page.goto(readUrl(withPage))
    await page.getByRole('link', { name: '발표 화면으로 보기', exact: true }).click()
    await slideShown(page, 1)
  })

  test('the service worker is valid JavaScript and precaches the page and its pictures', () => {
    for (const name of ['root', 'sub', 'hash'] as const) {
      const site = sites[name]
      const source = readFileSync(`${site.dir}/sw.js`, 'utf8')
      expect(() => new Script(source), `${site.dir}/sw.js parses`).not.toThrow() // compiled, not run
      const files = JSON.parse(/^const FILES = (.*)$/m.exec(source)![1]!) as string[]
      expect(files.includes(READING_PATH), site.dir).toBe(name === withPage)
      expect(files.filter(f => /^assets\/read-\d+-\w+\.webp$/.test(f))).toHaveLength(name === withPage ? total : 0)
    }
  })

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' })

    test('works offline once opened, pictures and all, even on a reload', async ({ page, context }) => {
      await page.goto(readUrl(withPage))
      await serviceWorkerActive(page)
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
      await context.setOffline(true)
      for (const url of [readUrl(withPage), `${siteUrl(withPage)}read#${total}`]) {
        await page.goto(url)
        await expect(page.locator('h1')).toBeVisible()
        const last = page.locator(`section[id="${total}"] figure img`)
        await last.scrollIntoViewIfNeeded()
        await expect.poll(() => last.evaluate(i => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), 'last picture, offline').toBe(true)
        expect(await page.evaluate(family => document.fonts.check(`18px "${family}"`, document.querySelector('main p')?.textContent ?? ''), SCREEN_FAMILY)).toBe(true)
      }
      await context.setOffline(false)
    })
  })
})

test.describe('the deck on a phone held upright', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('shows a link to the reading page, at the slide shown', async ({ page }) => {
    await page.goto(`${siteUrl(withPage)}5`)
    await slideShown(page, 5)
    const link = page.getByRole('link', { name: '읽기 모드로 보기' })
    await expect(link).toBeVisible()
    expect(await link.evaluate(a => Number.parseFloat(getComputedStyle(a).fontSize))).toBeGreaterThanOrEqual(16)
    expect(await link.getAttribute('href')).toBe(`${sites[withPage].base}${READING_PATH}#5`)
    await link.click()
    await expect(page.locator('section[id="5"] h2')).toBeInViewport()
  })

  test('the link is set in the deck\'s font, from the cover\'s face: the cover fetches no other font file', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'font')
        fonts.push(new URL(r.url()).pathname)
    })
    await page.goto(`${siteUrl(withPage)}1`)
    await slideShown(page, 1)
    const link = page.getByTestId('reading-link')
    await expect(link).toBeVisible()
    const words = new Set((await link.textContent() ?? '').replace(/\s/g, ''))
    const drawn = await drawnInDeckFont(link)
    expect([...drawn.chars].sort(), 'the link\'s characters drawn in the deck\'s font').toEqual([...words].sort())
    expect(await outsideTheCut(page, drawn.chars), 'characters of the link no face of the cut holds').toEqual([])
    await settled(page)
    expect(fonts, 'font files the cover fetched on a phone').toHaveLength(1)
    expect(fonts[0]).toMatch(/cover/)
  })

  test('a build without the reading page (build:site) links to none', async ({ page }) => {
    expect(existsSync(join(sites.root.dir, READING_PATH)), `${sites.root.dir} has no ${READING_PATH}`).toBe(false)
    await page.goto(`${siteUrl('root')}5`)
    await slideShown(page, 5)
    await expect(page.getByTestId('reading-link')).toHaveCount(0)
  })

  test('not on a landscape screen', async ({ page }) => {
    await page.setViewportSize({ width: 980, height: 551 })
    await page.goto(siteUrl('root'))
    await slideShown(page, 1)
    await expect(page.getByTestId('reading-link')).toBeHidden()
  })
})

test.describe('link previews and robots.txt', () => {
  test('full preview and canonical URLs on each build (root, sub-path, hash router)', async ({ page, request }) => {
    for (const site of ['root', 'sub', 'hash'] as const) {
      const root = siteUrl(site)
      const pages = site === withPage ? [root, readUrl(site)] : [root]
      for (const url of pages) {
        const canonical = url
        await page.goto(url)
        const content = (sel: string) => page.locator(sel).first().getAttribute('content')
        expect(await content('meta[property="og:image"]'), url).toBe(`${root}og-image.png`)
        expect(await content('meta[name="twitter:image"]'), url).toBe(`${root}og-image.png`)
        expect(await content('meta[property="og:url"]'), url).toBe(canonical)
        expect(await page.locator('link[rel="canonical"]').getAttribute('href'), url).toBe(canonical)
        const description = await content('meta[name="description"]')
        expect(description, url).toContain('Grok 2.5')
        expect(description, 'plain text, not a JSON string').not.toMatch(/^"|\\n/)
      }
      const image = await request.get(`${root}og-image.png`)
      expect(image.headers()['content-type'], site).toBe('image/png')
    }
  })

  test('robots.txt is a text file, not the deck', async ({ request }) => {
    for (const site of ['root', 'sub', 'hash'] as const) {
      const res = await request.get(`${siteUrl(site)}robots.txt`)
      expect(res.status()).toBe(200)
      expect(res.headers()['content-type']).toMatch(/^text\/plain/)
      const text = await res.text()
      expect(text).toMatch(/^User-agent: \*$/m)
      expect(text).not.toContain('<html')
    }
  })
})

test.describe('the reading page as text', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  // each step a claim about the same page, read once
  test('its slides as HTML: the fact-check table, the sources as links, a chart\'s numbers as a table, and nothing but text, headings, lists, tables and links', async ({ page }) => {
    await page.goto(readUrl(withPage))
    await test.step('the fact-check table is an HTML table: a row per claim, the essay\'s words beside the facts, its sources links', async () => {
      // the fact check may run over more than one slide: a table each, its rows in order
      const tables = page.locator('main section .reading table:has(q)')
      const count = await tables.count()
      expect(count).toBeGreaterThan(0)
      for (let t = 0; t < count; t++)
        await expect(tables.nth(t).locator('tr').first().locator('th')).toHaveCount(2)
      const rows = tables.locator('tr:has(td)')
      await expect(rows).toHaveCount(factCheck.length)
      for (const [i, row] of factCheck.entries()) {
        const cells = rows.nth(i).locator('td')
        await expect(cells, `row ${i + 1}`).toHaveCount(2)
        await expect(cells.first().locator('q')).toHaveText(row.essay.ko)
        const hrefs = await cells.nth(1).locator('a').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
        expect(hrefs, `row ${i + 1}'s sources`).toEqual(row.sources.map(s => new URL(s.url).href))
      }
      // inside the page's width at 390 px
      for (let t = 0; t < count; t++) {
        const box = await tables.nth(t).boundingBox()
        expect(box!.x + box!.width).toBeLessThanOrEqual(390)
      }
    })

    await test.step('every source on the deck\'s source slides is a link on the reading page', async () => {
      const linked = new Set(await page.locator('main a[href]').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href)))
      const missing = deckSources.map(s => new URL(s.url).href).filter(url => !linked.has(url))
      expect(missing).toEqual([])
      // and the source slides' lists read as numbered lists of links, in the deck's order
      const listed = await page.locator('main section .reading ol[start] > li > a').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href))
      expect(listed).toEqual(deckSources.map(s => new URL(s.url).href))
    })

    await test.step('a chart keeps its picture and gains its numbers as a table, the numbers its picture says', async () => {
      const sections = page.locator('main section:has(.reading table th[scope="row"])')
      expect(await sections.count()).toBeGreaterThanOrEqual(2)
      for (const section of await sections.all()) {
        const alt = await section.locator('figure img').getAttribute('alt')
        const values = await section.locator('.reading table:has(th[scope="row"]) td').allTextContents()
        expect(values.length).toBeGreaterThan(1)
        for (const v of values)
          expect(alt, `${v} in the picture's text alternative`).toContain(v.trim())
        expect(values.join(' ')).toMatch(/\d+(?:\.\d+)?%/)
      }
    })

    await test.step('the slides\' text is only text, headings, lists, tables and links: no script, no attribute but the few it needs', async () => {
      const found = await page.locator('main .reading').evaluateAll(parts => parts.flatMap(p => [...p.querySelectorAll('*')].flatMap(el => [
        ...(/^(?:SCRIPT|STYLE|IMG|SVG|CANVAS|IFRAME|BUTTON)$/.test(el.tagName.toUpperCase()) ? [el.tagName] : []),
        ...Array.from(el.attributes, a => `${el.tagName.toLowerCase()}[${a.name}]`).filter(a => !/^(?:a\[href\]|ol\[start\]|time\[datetime\]|th\[scope\]|div\[class\]|ul\[class\])$/.test(a)),
      ])))
      expect(found).toEqual([])
    })
  })

  test('a picture opens full size when tapped', async ({ page }) => {
    await page.goto(`${readUrl(withPage)}#5`)
    const link = page.locator('section[id="5"] figure a')
    const src = await link.locator('img').evaluate(i => (i as HTMLImageElement).currentSrc)
    const [response] = await Promise.all([page.waitForResponse(r => r.url() === src && r.request().isNavigationRequest()), link.click()])
    expect(response.headers()['content-type']).toBe('image/webp')
    expect(page.url()).toBe(src)
    expect(await page.evaluate(() => document.querySelector('img')!.naturalWidth)).toBe(960)
  })
})
