// The rehearsal: the talk run the way a presenter runs it, on the real build, checked at every
// state (slide and click): from the presenter view driving the audience's window from the start to
// the end and back, and after a reload on every slide with the network cut. (The audience window's
// own keys: a11y.spec.ts and present.spec.ts; the English edition's walk by keyboard: english.spec.ts.)
import type { Browser, Page } from '@playwright/test'
import type { State } from './rehearsal.ts'
import { Citations } from './citations.ts'
import { loadDeck, spokenText } from './deck.ts'
import { expect, serviceWorkerActive, test, watchPage } from './fixtures.ts'
import { drawnInDeckFont, outsideTheCut, widthsWithAndWithoutDeckFont } from './font-cut.ts'
import { checkArrived, checkDrawnAndCited, checkForward, deckStates, PictureComparer, problemsSince, shownState, SLIDE, soft, stateName, undrawnCharts, WINDOW } from './rehearsal.ts'
import { artifacts, siteUrl } from './sites.ts'

const deck = await loadDeck()
const states = await deckStates()
const last = states.at(-1)!
/**
 * Most a state may differ from its clicks-PDF page (PictureComparer's 0–100 scale). Measured on
 * this deck: states and their pages differ by 0.6–3.4 (text drawn by Chromium vs poppler); a state
 * against the page before its last click (the reveal missing) by 8.5–40; the title moved down 12 px
 * by 4–32 (over 5 on 41 of 43 states). Both controls run below.
 */
const MAX_DIFFERENCE = 5

// not a test of transitions: every state is checked once it has settled, without a fade in between
// the reload walk runs offline, from what the site's service worker cached
test.use({ contextOptions: { reducedMotion: 'reduce' }, viewport: WINDOW, serviceWorkers: 'allow' })
test.describe.configure({ mode: 'parallel' })

// the clicks PDF's pages, drawn once per worker, by the first walk that compares pictures
let opened: Promise<PictureComparer> | undefined
async function picturesFor(browser: Browser) {
  opened ??= PictureComparer.open(browser, artifacts.clicksPdf.file, SLIDE)
  const pictures = await opened
  expect(pictures.pageCount, 'the clicks PDF has a page for every state').toBe(states.length)
  return pictures
}
test.afterAll(async () => {
  await (await opened)?.close()
  opened = undefined
})

/**
 * The slide as drawn, clipped from the page's picture: a locator's screenshot first waits for the
 * element to hold still, which doubles its time, and every state here is settled before it is pictured.
 * A JPEG, as the PDF's pages are: the comparer reads a coarse grey grid, and a PNG takes longer to encode.
 */
async function screenshot(page: Page) {
  const box = await page.locator('#slide-content').boundingBox()
  if (!box)
    throw new Error('the slide is not on the page')
  return page.screenshot({ clip: box, type: 'jpeg', quality: 90 })
}

/** What holds at every state, whatever the route there: it arrived, drawn, with no new error. */
async function checkArrivedClean(page: Page, s: State, where: string, newProblems: () => string[]) {
  const slide = await checkArrived(page, s, where)
  soft(newProblems(), `${where}: errors`).toEqual([])
  return slide
}

/** That, and that the state looks like its clicks-PDF page. */
async function checkState(pictures: PictureComparer, page: Page, s: State, where: string, newProblems: () => string[]) {
  const slide = await checkArrivedClean(page, s, where, newProblems)
  // the control, from the same picture: it is told apart from the page without this click's reveal
  let control = Number.NaN
  await soft.poll(async () => {
    const [same, before] = await pictures.differences(await screenshot(page), s.pdfPage, ...s.clicks > 0 ? [s.pdfPage - 1] : [])
    control = before ?? Number.NaN
    return same
  }, `${where}: looks like clicks-PDF page ${s.pdfPage}`).toBeLessThan(MAX_DIFFERENCE)
  if (s.clicks > 0)
    soft(control, `${where}: differs from the page before the click`).toBeGreaterThan(MAX_DIFFERENCE)
  return slide
}

// one walk over the slides also reads, at each slide's last click, what it draws and what it cites;
// it walks with the network cut once the first visit has cached the site (a venue's Wi-Fi that drops)
test('every slide loaded by its address with the network cut (a reload mid-talk, offline), then clicked forward into the next; at its last click, all it draws is in the font cut and all it cites is listed', async ({ page, problems, browser, context }) => {
  test.setTimeout(10 * 60_000)
  const pictures = await picturesFor(browser)
  const newProblems = problemsSince(problems)
  const citations = new Citations()
  await page.goto(`${siteUrl('root')}1`)
  await serviceWorkerActive(page)
  await context.setOffline(true)
  for (const first of states.filter(s => s.clicks === 0)) {
    await page.goto(`${siteUrl('root')}${first.no}`)
    const from = states.indexOf(first)
    const until = Math.min(from + first.clicksTotal + 1, states.length - 1)
    for (let i = from; i <= until; i++) {
      const s = states[i]!
      const where = `/${first.no} ${i > from ? `→ ${stateName(s)}` : 'loaded'}`
      if (i > from)
        await page.keyboard.press('ArrowRight')
      if (s.no !== first.no) {
        // into the next slide, which this walk compares with its page when it loads it
        await checkArrivedClean(page, s, where, newProblems)
        continue
      }
      const slide = await checkState(pictures, page, s, where, newProblems)
      if (s.clicks === s.clicksTotal)
        await checkDrawnAndCited(page, slide, s.no, citations)
    }
  }
  citations.verify()
  await context.setOffline(false)
})

/** The first words of slide `no`'s notes (letters and spaces, no markup), by which the presenter view is known to show them. */
const notesOpening = (no: number) => spokenText(deck.slides[no - 1]!.note).match(/\p{L}[\p{L} ]{3,11}/u)?.[0].trim()

// every state is compared with its PDF page on the way back here and in the reload walk, which
// reaches each one going forward, so the way forward here reads what only a walk forward can
test('the presenter view shows the count, the countdown and the pace (the projector\'s window no pace), its charts drawn and its notes in the font cut, and drives the audience window from the first slide to the last and back: every state arrived at, read on the way forward, compared with its PDF page on the way back', async ({ page: audience, problems, context, browser }) => {
  test.setTimeout(10 * 60_000)
  const pictures = await picturesFor(browser)
  const newProblems = problemsSince(problems)
  const presenter = await context.newPage()
  const presenterProblems = problemsSince(watchPage(presenter))
  await presenter.setViewportSize({ width: 1400, height: 800 })
  await audience.goto(`${siteUrl('root')}1`)
  await presenter.goto(`${siteUrl('root')}presenter/1`)
  const notes = presenter.locator('.slidev-note').first()
  await expect(notes).toBeVisible()
  // beside the slide: the count, the countdown from the headmatter's duration, and the pace, which
  // the projector's window never shows
  await expect(presenter.getByText(`1 / ${last.no}`).first()).toBeVisible()
  const minutes = String(deck.headmatter.duration).replace(/min$/, '')
  await expect(presenter.locator('.font-mono').filter({ hasText: new RegExp(`^${minutes}:00$`) }).first()).toBeVisible()
  await expect(presenter.getByRole('region', { name: '발표 속도' })).toHaveCount(1)
  const cover = await checkArrivedClean(audience, states[0]!, 'the audience, before the first key', newProblems)
  await expect(audience.getByRole('region', { name: '발표 속도' })).toHaveCount(0)
  await expect(audience.getByText('리허설 기록 CSV')).toHaveCount(0)
  // the notes' Hangul drawn in the deck's font, not a fallback (the walk then checks every slide's
  // notes are inside the cut)
  const notesHangul = [...new Set((await notes.innerText()).match(/[\uAC00-\uD7A3]/g) ?? [])].join('')
  const widths = await widthsWithAndWithoutDeckFont(presenter, notesHangul)
  expect(widths.deck, 'the notes\' Hangul in the deck\'s font').not.toBeCloseTo(widths.fallback, 0)

  const notesInTheCut = async (no: number) => {
    // a slide without notes (the fact check, the sources) shows none: nothing of its own to check
    if (!spokenText(deck.slides[no - 1]!.note))
      return
    const opening = notesOpening(no)
    expect(opening, `slide ${no}: its notes open with words the presenter view shows`).toBeDefined()
    await expect(notes, `notes of slide ${no}`).toContainText(opening!)
    await presenter.evaluate(() => document.fonts.ready.then(() => undefined))
    soft(await outsideTheCut(presenter, (await drawnInDeckFont(notes)).chars), `notes of slide ${no}: characters no face holds`).toEqual([])
  }
  const step = async (key: 'ArrowRight' | 'ArrowLeft', s: State) => {
    const where = `presenter ${key === 'ArrowRight' ? '→' : '←'} ${stateName(s)}`
    await presenter.keyboard.press(key)
    await expect.poll(() => shownState(presenter), `${where}: the presenter view`).toEqual({ no: s.no, clicks: s.clicks })
    // the presenter's own copy of the slide (the first one drawn; the next-slide preview follows it)
    const current = presenter.locator(`.slidev-page-${s.no}`).filter({ visible: true }).first()
    await soft.poll(() => undrawnCharts(current), `${where}: the presenter view's charts drawn`).toEqual([])
    if (key === 'ArrowRight') {
      const slide = await checkArrivedClean(audience, s, `${where}: the audience`, newProblems)
      await checkForward(audience, slide, s, `${where}: the audience`)
    }
    else {
      await checkState(pictures, audience, s, `${where}: the audience`, newProblems)
    }
    soft(presenterProblems(), `${where}: the presenter view's errors`).toEqual([])
    if (key === 'ArrowRight' && s.clicks === 0)
      await notesInTheCut(s.no)
  }

  // the picture comparison can fail: the cover's title moved down 12 px is told apart
  await cover.locator('h1').first().evaluate((el) => {
    el.style.transform = 'translateY(12px)'
  })
  expect(await pictures.difference(await screenshot(audience), 1), 'a moved title differs from the PDF').toBeGreaterThan(MAX_DIFFERENCE)
  await cover.locator('h1').first().evaluate((el) => {
    el.style.transform = ''
  })

  await checkForward(audience, cover, states[0]!, 'the audience, before the first key')
  await notesInTheCut(1)
  for (const s of states.slice(1)) await step('ArrowRight', s)
  // past the end nothing moves
  await presenter.keyboard.press('ArrowRight')
  await expect.poll(() => shownState(presenter), 'presenter → past the end').toEqual({ no: last.no, clicks: last.clicks })
  await checkState(pictures, audience, last, 'presenter → past the end: the audience', newProblems)
  for (const s of [...states].reverse().slice(1)) await step('ArrowLeft', s)
})
