/**
 * What the rehearsal checks at every state of the talk (a slide at a click), read from the page as
 * the audience sees it. States come from the deck: each slide, at each of its `[click]` notes.
 */
import type { Browser, Locator, Page } from '@playwright/test'
import type { Citations } from './citations.ts'
import type { PageProblems } from './fixtures.ts'
import axe from 'axe-core'
import { PRINT_WEIGHTS } from 'slidev-addon-talk-kit/font'
import { clickMarkers, loadDeck } from './deck.ts'
import { describePage, expect, slideShown } from './fixtures.ts'
import { drawnInDeckFont, outsideTheCut } from './font-cut.ts'
import { renderPagesJpeg } from './pdf.ts'

/** One slide pixel per screen pixel: the slide is 980×551.25, a 552 px high window fits it at scale 1. */
export const WINDOW = { width: 980, height: 552 }
export const SLIDE = { width: 980, height: 551 }
export const soft = expect.configure({ soft: true, timeout: 5_000 })

export interface State {
  no: number
  clicks: number
  /** the slide's number of clicks, from its notes' `[click]` markers */
  clicksTotal: number
  title: string
  /** this state's page in the with-clicks PDF (1-based) */
  pdfPage: number
}

export const stateName = (s: Pick<State, 'no' | 'clicks'>) => `slide ${s.no} click ${s.clicks}`

/** Every state of an edition's deck (the Korean one by default), in order. */
export async function deckStates(entry?: string): Promise<State[]> {
  const states: State[] = []
  for (const [i, slide] of (await loadDeck(entry)).slides.entries()) {
    const clicksTotal = clickMarkers(slide.note)
    for (let clicks = 0; clicks <= clicksTotal; clicks++)
      states.push({ no: i + 1, clicks, clicksTotal, title: slide.title ?? '', pdfPage: states.length + 1 })
  }
  return states
}

/** The slide and click a page shows, from its address (`/N?clicks=K`, `/presenter/N?clicks=K`). */
export function shownState(page: Page): { no: number, clicks: number } {
  const url = new URL(page.url())
  const no = Number(url.pathname.match(/(\d+)\/?$/)?.[1] ?? Number.NaN)
  return { no, clicks: Number(url.searchParams.get('clicks') ?? 0) }
}

/** New console errors, page errors and requests to other hosts since the last call. */
export function problemsSince(problems: PageProblems) {
  const seen = { console: 0, page: 0, external: 0 }
  return () => {
    const found = [
      ...problems.consoleErrors.slice(seen.console).map(e => `console: ${e}`),
      ...problems.pageErrors.slice(seen.page).map(e => `page error: ${e}`),
      ...problems.externalRequests.slice(seen.external).map(e => `request to another host: ${e}`),
    ]
    seen.console = problems.consoleErrors.length
    seen.page = problems.pageErrors.length
    seen.external = problems.externalRequests.length
    return found
  }
}

/** Waits until the audience page shows state `s` (address and rendered click), then returns the slide. */
export async function arrive(page: Page, s: State, where: string): Promise<Locator> {
  const announcer = page.getByTestId('slide-announcer')
  try {
    await expect(announcer, `${where}: slide`).toHaveAttribute('data-slide-no', String(s.no))
  }
  catch (e) {
    // a page that never shows its slide: say what it shows and what it still waits for
    throw new Error(`${(e as Error).message}\n${await describePage(page)}`)
  }
  await expect(announcer, `${where}: click`).toHaveAttribute('data-clicks', String(s.clicks))
  expect(shownState(page), `${where}: the address`).toEqual({ no: s.no, clicks: s.clicks })
  return slideShown(page, s.no)
}

/** What holds at every state, whatever the route there: arrived, nothing sticks out, charts drawn. */
export async function checkArrived(page: Page, s: State, where: string): Promise<Locator> {
  const slide = await arrive(page, s, where)
  await soft.poll(() => visibleOverflow(slide), `${where}: nothing visible sticks out`).toEqual([])
  await soft.poll(() => undrawnCharts(slide), `${where}: charts drawn`).toEqual([])
  return slide
}

/**
 * What a walk forward reads at a state: a title and the notes' click count on arrival, no text under
 * 18 px, and axe-core with every rule at the slide's last click, where everything its clicks reveal
 * is shown (a click only ever adds: no later click hides what an earlier one showed), so the
 * contrast of every reveal is checked there.
 */
export async function checkForward(page: Page, slide: Locator, s: State, where: string): Promise<void> {
  if (s.clicks === 0) {
    await soft(slide.locator('h1').first(), `${where}: a title`).toBeVisible()
    await soft(page.getByTestId('slide-announcer'), `${where}: clicks as many as the notes' [click] markers`).toHaveAttribute('data-clicks-total', String(s.clicksTotal))
  }
  soft(await smallText(slide), `${where}: no text under 18 px`).toEqual([])
  if (s.clicks === s.clicksTotal)
    soft(await axeViolations(page), `${where}: axe`).toEqual([])
}

/**
 * At a slide's last click: every character it draws is inside a face of the font cut, in a weight
 * the print cut has (a static instance per weight: any other would print in a neighbour's weight),
 * and what it cites and quotes goes to `citations`.
 */
export async function checkDrawnAndCited(page: Page, slide: Locator, no: number, citations: Citations): Promise<void> {
  const drawn = await drawnInDeckFont(slide)
  soft(drawn.chars.length, `slide ${no} draws text in the deck's font`).toBeGreaterThan(0)
  // a slide's text is all in the deck's font: another family would draw Hangul from whatever the
  // reader's machine has
  soft(drawn.elsewhere, `slide ${no}: text in another font than the deck's`).toEqual({})
  soft(await outsideTheCut(page, drawn.chars), `slide ${no}: characters no face holds`).toEqual([])
  soft(drawn.weights.filter(w => !(PRINT_WEIGHTS as readonly number[]).includes(w)), `slide ${no}: weights with no print face`).toEqual([])
  await citations.read(slide, no)
}

/** Elements that are visible and stick out of the slide, or clip their own content. */
export function visibleOverflow(slide: Locator): Promise<string[]> {
  return slide.evaluate((root) => {
    const box = root.getBoundingClientRect()
    const out: string[] = []
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.sr-only'))
        continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1)
        out.push(`${name} at ${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}×${Math.round(r.height)}`)
      const style = getComputedStyle(el)
      if (/hidden|clip|auto|scroll/.test(style.overflow) && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
        out.push(`${name} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
    }
    return out
  })
}

/** Text drawn below 18 px on the 980×551 canvas (the slide at scale 1). */
export function smallText(slide: Locator): Promise<string[]> {
  return slide.evaluate((root) => {
    const out: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      if (!n.textContent?.trim() || el.closest('.sr-only') || !el.getClientRects().length)
        continue
      const size = Number.parseFloat(getComputedStyle(el).fontSize)
      if (size < 17.5)
        out.push(`${size}px: "${n.textContent.trim().slice(0, 30)}"`)
    }
    return out
  })
}

/** Charts on the slide that are not drawn: no ready marker, or a canvas with (almost) nothing on it. */
export function undrawnCharts(slide: Locator): Promise<string[]> {
  return slide.evaluate((root) => {
    const out: string[] = []
    for (const figure of root.querySelectorAll<HTMLElement>('figure.chart')) {
      const canvas = figure.querySelector('canvas')
      if (!figure.querySelector('.chart-drawn') || !canvas) {
        out.push(`${figure.className}: not drawn`)
        continue
      }
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let inked = 0
      for (let i = 3; i < data.length; i += 4) {
        if (data[i]! > 127)
          inked++
      }
      if (inked / (canvas.width * canvas.height) < 0.02)
        out.push(`${figure.className}: canvas ${canvas.width}×${canvas.height} nearly blank`)
    }
    return out
  })
}

/**
 * axe-core's violations on the whole page, every rule, none excluded. axe-core is put into the page
 * once per load and run there. @axe-core/playwright evaluates axe's whole source twice for every
 * run, which costs far more than the run itself; what it adds is a walk into frames, and the deck
 * has none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })
    return violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  })
}

/** What the comparer's page holds: the PDF's pages as greys, and the two steps of a comparison. */
interface ComparerWindow {
  greyOf: (dataUrl: string) => Promise<Float32Array>
  unlike: (a: Float32Array, b: Float32Array) => number
  pdfGreys: Float32Array[]
}

/**
 * The comparer's page-side code, as source text so that no bundler helper (a name-keeping wrapper,
 * say) ends up in it: a PNG scaled down to the grid as greys, and how unlike two greys are.
 */
function comparerCode(grid: { width: number, height: number }): string {
  return `
window.greyOf = async (dataUrl) => {
  const img = new Image()
  img.src = dataUrl
  await img.decode()
  const canvas = new OffscreenCanvas(${grid.width}, ${grid.height})
  const ctx = canvas.getContext('2d')
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(img, 0, 0, ${grid.width}, ${grid.height})
  const { data } = ctx.getImageData(0, 0, ${grid.width}, ${grid.height})
  const grey = new Float32Array(${grid.width * grid.height})
  for (let i = 0; i < grey.length; i++) grey[i] = 0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]
  return grey
}
window.unlike = (ga, gb) => {
  const n = ga.length
  let ma = 0, mb = 0
  for (let i = 0; i < n; i++) { ma += ga[i]; mb += gb[i] }
  ma /= n; mb /= n
  let cov = 0, va = 0, vb = 0
  for (let i = 0; i < n; i++) {
    const da = ga[i] - ma, db = gb[i] - mb
    cov += da * db; va += da * da; vb += db * db
  }
  return (1 - cov / Math.sqrt(va * vb)) * 100
}
`
}

/**
 * Compares pictures the way a person glancing at two slides would: both scaled down to a coarse
 * grey grid (98×55 cells of 10 px), then how unlike they are, as 100 × (1 − their correlation).
 * Correlation ignores an even change of contrast, which is most of what separates Chromium's text on
 * screen from poppler's in a PDF; moved, missing or extra blocks change the pattern itself.
 * The PDF's pages are turned into greys once, when the comparer opens.
 */
export class PictureComparer {
  static readonly GRID = { width: 98, height: 55 }
  private pages = 0

  private constructor(private readonly page: Page) {}

  /** Renders every page of `pdf` with pdftoppm (greyscale, at the slide's size). */
  static async open(browser: Browser, pdf: string, size: { width: number, height: number }): Promise<PictureComparer> {
    const comparer = new PictureComparer(await browser.newPage())
    const pages = renderPagesJpeg(pdf, size).map(jpeg => `data:image/jpeg;base64,${jpeg.toString('base64')}`)
    await comparer.page.evaluate(comparerCode(PictureComparer.GRID))
    comparer.pages = await comparer.page.evaluate(async (pages) => {
      const w = window as unknown as ComparerWindow
      w.pdfGreys = await Promise.all(pages.map(page => w.greyOf(page)))
      return w.pdfGreys.length
    }, pages)
    return comparer
  }

  get pageCount() {
    return this.pages
  }

  /** How unlike each of `pdfPages` of the PDF a screenshot (a JPEG) is: 0 the same picture, 100 unrelated. */
  async differences(screenshot: Buffer, ...pdfPages: number[]): Promise<number[]> {
    for (const p of pdfPages) {
      if (p < 1 || p > this.pages)
        throw new Error(`the clicks PDF has no page ${p}`)
    }
    return this.page.evaluate(async ({ shot, pdfPages }) => {
      const w = window as unknown as ComparerWindow
      const grey = await w.greyOf(`data:image/jpeg;base64,${shot}`)
      return pdfPages.map(p => w.unlike(grey, w.pdfGreys[p - 1]!))
    }, { shot: screenshot.toString('base64'), pdfPages })
  }

  async difference(screenshot: Buffer, pdfPage: number): Promise<number> {
    return (await this.differences(screenshot, pdfPage))[0]!
  }

  close() {
    return this.page.close()
  }
}
