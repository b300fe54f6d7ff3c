// The English edition, as `npm run build` puts it beside the Korean one (the sub-path site,
// /grok-talk/en/): one walk of every slide at every click state (nothing sticks out, charts drawn
// with their numbers, no text under 18 px, axe, every character in its own font cut, its citations
// listed and its quotes the translation's words); a deep link reloaded online and offline; a host
// whose one fallback is the Korean 404 page; its alternates, language links, reading page and PDF.
import type { Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import getPort from 'get-port'
import { READING_PATH } from 'slidev-addon-talk-kit/reading-page'
import { serve } from 'slidev-addon-talk-kit/serve'
import { Citations } from './citations.ts'
import { EDITIONS, kitTalk } from './deck.ts'
import { expect, serviceWorkerActive, slideShown, test } from './fixtures.ts'
import { pdfPages, pdfText } from './pdf.ts'
import { checkArrived, checkDrawnAndCited, checkForward, deckStates, problemsSince, soft, stateName, WINDOW } from './rehearsal.ts'
import { sites, siteUrl } from './sites.ts'

const entry = EDITIONS[1].entry
const talk = await kitTalk(entry)
const states = await deckStates(entry)
const ko = siteUrl('sub')
const en = `${ko}en/`

test.use({ contextOptions: { reducedMotion: 'reduce' }, viewport: WINDOW })

test('by keyboard through every English slide at every click: arrived, nothing sticks out, charts drawn, text 18 px or more, axe, its font cut, its citations and quotes', async ({ page, problems }) => {
  test.setTimeout(5 * 60_000)
  const newProblems = problemsSince(problems)
  const citations = new Citations('en')
  await page.goto(`${en}1`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  for (const [i, s] of states.entries()) {
    const where = `en → ${stateName(s)}`
    const slide = await checkArrived(page, s, where)
    soft(newProblems(), `${where}: errors`).toEqual([])
    await checkForward(page, slide, s, where)
    if (s.clicks === s.clicksTotal)
      await checkDrawnAndCited(page, slide, s.no, citations)
    // the link to the Korean edition is named in Korean, as it should be
    const text = await slide.evaluate((el) => {
      const copy = el.cloneNode(true) as Element
      copy.querySelectorAll('[data-reading-skip]').forEach(n => n.remove())
      return copy.textContent ?? ''
    })
    soft(text, `${where}: no Korean but a Korean source's own title, glossed`).not.toMatch(/\p{Script=Hangul}(?![^(]*\(Korean:)/u)
    if (i < states.length - 1)
      await page.keyboard.press('ArrowRight')
  }
  citations.verify()
})

test.describe('a deep link to /en/7, reloaded', () => {
  test.use({ serviceWorkers: 'allow' })

  test('online and with the network cut: the English slide 7 each time, from the English edition\'s own cache', async ({ page, context }) => {
    await page.goto(`${en}7`)
    await slideShown(page, 7)
    await expect(page.locator('.slidev-page-7 h1').first()).toHaveText(states.find(s => s.no === 7)!.title)
    await serviceWorkerActive(page)
    await page.reload()
    await slideShown(page, 7)
    await context.setOffline(true)
    await page.reload()
    await slideShown(page, 7)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    // each edition keeps its own cache: the English one's is named by its own scope
    const names = await page.evaluate(async () => globalThis.caches.keys())
    expect(names.some(c => c.includes('/grok-talk/en/'))).toBe(true)
    await context.setOffline(false)
  })
})

test('a host whose one fallback is the Korean edition\'s 404 page (GitHub Pages) still opens /en/7 in English', async ({ page, problems }) => {
  const port = await getPort()
  const server: Server = await serve({ dir: sites.sub.dir, base: sites.sub.base, port, fallback: false })
  const asked = `http://localhost:${port}${sites.sub.base}en/7?clicks=1`
  try {
    await page.goto(asked)
    await slideShown(page, 7)
    await expect(page).toHaveURL(asked)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    // such a host answers the address itself with its 404 page, status 404, which the browser logs:
    // that one error is the host's way, any other is not
    const hostsOwn = problems.consoleErrors.filter(e => e.includes('status of 404') && e.endsWith(`(${asked})`))
    expect(hostsOwn).toHaveLength(1)
    problems.consoleErrors.splice(problems.consoleErrors.indexOf(hostsOwn[0]!), 1)
  }
  finally {
    await new Promise(ok => server.close(ok))
  }
})

test('each edition names the other as its alternate and links to it from the cover; Netlify\'s rules put /en/* first', async ({ page }) => {
  for (const [from, to, name] of [[ko, en, 'English'], [en, ko, '한국어']] as const) {
    await page.goto(`${from}1`)
    await slideShown(page, 1)
    for (const [lang, href] of [['ko', ko], ['en', en]] as const)
      await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', href)
    const link = page.getByTestId('edition-links').getByRole('link', { name })
    await expect(link).toHaveAttribute('hreflang', to === en ? 'en' : 'ko')
    await link.click()
    await slideShown(page, 1)
    await expect(page).toHaveURL(new RegExp(`^${to}1?$`))
  }
  const rules = readFileSync(join(sites.sub.dir, '_redirects'), 'utf8').trim().split('\n')
  expect(rules.map(r => r.split(/\s+/).slice(0, 2))).toEqual([[`${sites.sub.base}en/*`, `${sites.sub.base}en/index.html`], [`${sites.sub.base}*`, `${sites.sub.base}index.html`]])
})

test('the English reading page: in English, each slide with its notes, a link to the Korean one, its own PDF and QR code', async ({ page }) => {
  await page.goto(`${en}${READING_PATH}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('main section')).toHaveCount(talk.deck.slides.length)
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', `${ko}${READING_PATH}`)
  const korean = page.getByRole('banner').getByRole('link', { name: '한국어', exact: true })
  await expect(korean).toHaveAttribute('href', `${ko}${READING_PATH}`)
  const pdf = `${String(talk.deck.config.exportFilename)}.pdf`
  await expect(page.locator(`a[href$="${pdf}"]`)).toHaveCount(1)
  const file = join(sites.sub.dir, 'en', pdf)
  expect(pdfPages(file)).toBe(talk.deck.slides.length)
  expect(pdfText(file, 1)).toContain('Pandora')
  // the cover's code leads to this edition's reading page
  await page.goto(`${en}1`)
  await expect(page.getByTestId('site-qr').first()).toHaveAttribute('data-url', `${en}${READING_PATH}`)
})
