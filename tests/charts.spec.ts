// The charts as the audience and the PDF reader see them (the presenter view's, at every state: the rehearsal's presenter walk).
import type { Locator, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { essayIllustration } from '../data/essay-illustration.ts'
import { ibmRoi } from '../data/ibm-roi.ts'
import { figures } from '../data/index.ts'
import { openAiTimeline } from '../data/openai-timeline.ts'
import { releases } from '../data/releases.ts'
import { formatValue } from '../utils/chart-format.ts'
import { koDate } from '../utils/format.ts'
import { textIn } from '../utils/words.ts'
import { loadDeck, root } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { renderPage } from './pdf.ts'
import { sitePdf } from './sites.ts'
import { requireColours } from './theme-colours.ts'

const deck = await loadDeck()
/** Slide number (1-based) of the slide whose source uses `tag`. */
function slideWith(tag: string): number {
  const i = deck.slides.findIndex(s => s.content.includes(`<${tag}`))
  if (i < 0)
    throw new Error(`no slide uses <${tag}>`)
  return i + 1
}

const chartSource = (component: string) => readFileSync(join(root, 'components', 'charts', `${component}.vue`), 'utf8')

/**
 * The figures drawn on a canvas (through BaseBarChart), from the deck's index, each with every
 * number its text alternative must state.
 */
const canvasCharts = figures.filter(f => chartSource(f.component).includes('<BaseBarChart')).map((f) => {
  const series = f.datasets.filter((d): d is Extract<typeof d, { kind: 'series' }> => d.kind === 'series')
  const revealsBarByBar = chartSource(f.component).includes('useRevealSteps(')
  const firstClosed = (series[0]!.roles as readonly string[]).indexOf('closed')
  return {
    tag: f.component,
    numbers: series.flatMap(d => [...d.values.map(v => formatValue(v, d.unit, 'ko')), ...('total' in d ? [formatValue(d.total, d.unit, 'ko')] : [])]),
    /** a chart that shows bar i from click i shows its first orange (closed) bar at that click */
    closedAt: revealsBarByBar && firstClosed > 0 ? firstClosed : undefined,
  }
})
if (canvasCharts.length < 2 || !canvasCharts.some(c => c.closedAt !== undefined))
  throw new Error('charts.spec.ts: the index (data/index.ts) should give the bar charts, one revealing bar by bar')

/** A theme colour (styles/theme.css) as RGB. */
function rgb(name: string): readonly [number, number, number] {
  const hex = requireColours([name])[name]!.slice(1)
  const full = hex.length === 3 ? Array.from(hex, c => c + c).join('') : hex
  return [0, 2, 4].map(i => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}
const OPEN = rgb('open')
const CLOSED = rgb('closed')

interface CanvasStats { width: number, height: number, cssWidth: number, inked: number, colours: number, open: number, closed: number }

/** Reads the chart's canvas back: how much is drawn, in how many colours, how much of the palette. */
async function canvasStats(chart: Locator): Promise<CanvasStats> {
  return chart.locator('canvas').evaluate((el, [open, closed]) => {
    const canvas = el as HTMLCanvasElement
    const ctx = canvas.getContext('2d')!
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    const near = (i: number, c: readonly number[]) => Math.abs(data[i]! - c[0]!) + Math.abs(data[i + 1]! - c[1]!) + Math.abs(data[i + 2]! - c[2]!) < 24
    const colours = new Set<number>()
    let inked = 0
    let o = 0
    let c = 0
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 128)
        continue
      inked++
      colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4))
      if (near(i, open))
        o++
      if (near(i, closed))
        c++
    }
    const px = canvas.width * canvas.height
    return { width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth, inked: inked / px, colours: colours.size, open: o / px, closed: c / px }
  }, [OPEN, CLOSED] as const)
}

async function drawnChart(slide: Locator): Promise<Locator> {
  const chart = slide.locator('figure.chart').first()
  await expect(chart).toHaveAttribute('data-waitfor', '.chart-drawn')
  await expect(chart.locator('.chart-drawn')).toBeVisible()
  return chart
}

async function slideScale(page: Page, slide: Locator): Promise<number> {
  const [w, dpr] = await Promise.all([slide.evaluate(el => el.getBoundingClientRect().width), page.evaluate(() => window.devicePixelRatio)])
  return (w / 980) * dpr
}

for (const c of canvasCharts) {
  const no = slideWith(c.tag)
  test.describe(`slide ${no}: <${c.tag}>`, () => {
    test('the canvas is drawn, sharp, in the palette, with a text alternative that states the numbers; drawn again, with its entry animation, when the slide is left and entered again', async ({ page, openSlide }) => {
      const slide = await openSlide(no, 99)
      const chart = await drawnChart(slide)
      const stats = await canvasStats(chart)
      expect(stats.inked, 'share of the canvas drawn').toBeGreaterThan(0.03)
      expect(stats.colours, 'distinct colours').toBeGreaterThan(3)
      expect(stats.open, 'blue (--c-open) bars').toBeGreaterThan(0.01)
      // the backing store follows devicePixelRatio × the slide's scale
      expect(stats.width / stats.cssWidth).toBeCloseTo(await slideScale(page, slide), 1)
      const label = await chart.locator('canvas').getAttribute('aria-label')
      expect(await chart.locator('canvas').getAttribute('role')).toBe('img')
      for (const n of c.numbers) expect(label, `text alternative has ${n}`).toContain(n)
      await expect(chart.locator('.source-line a')).toHaveAttribute('href', /^https:\/\//)

      await page.emulateMedia({ reducedMotion: 'no-preference' })
      await page.keyboard.press('ArrowRight')
      await slideShown(page, no + 1)
      await page.keyboard.press('ArrowLeft')
      const again = await drawnChart(await slideShown(page, no))
      // the entry animation grows the bars: wait for them rather than for a fixed time
      await expect.poll(async () => (await canvasStats(again)).open, 'drawn again').toBeGreaterThan(0.01)
    })

    if (c.closedAt !== undefined) {
      test('clicks reveal the bars step by step', async ({ openSlide }) => {
        const before = await canvasStats(await drawnChart(await openSlide(no, c.closedAt! - 1)))
        expect(before.closed, 'no orange bar before its click').toBe(0)
        const after = await canvasStats(await drawnChart(await openSlide(no, c.closedAt)))
        expect(after.closed, 'orange bar after its click').toBeGreaterThan(0.01)
      })
    }

    test('its PDF page has the chart drawn', () => {
      const img = renderPage(sitePdf, no, 50)
      let blue = 0
      for (let i = 0; i < img.rgb.length; i += 3) {
        if (Math.abs(img.rgb[i]! - OPEN[0]) + Math.abs(img.rgb[i + 1]! - OPEN[1]) + Math.abs(img.rgb[i + 2]! - OPEN[2]) < 30)
          blue++
      }
      expect(blue / (img.width * img.height), 'blue chart pixels on the PDF page').toBeGreaterThan(0.01)
    })
  })
}

// each step a figure, in one page that goes from slide to slide
test('the HTML figures state their facts', async ({ openSlide }) => {
  await test.step(`slide ${slideWith('OpenAiTimeline')}: the Musk–OpenAI timeline states every date`, async () => {
    const slide = await openSlide(slideWith('OpenAiTimeline'), 99)
    const figure = slide.locator('figure.openai-timeline')
    const label = await figure.getAttribute('aria-label')
    for (const e of openAiTimeline.events) expect(label).toContain(koDate(e.date))
    await expect(figure.locator('time')).toHaveCount(openAiTimeline.events.length)
  })

  await test.step(`slide ${slideWith('ReleasesTimeline')}: the releases timeline names every release and licence`, async () => {
    const slide = await openSlide(slideWith('ReleasesTimeline'), 99)
    const figure = slide.locator('figure.releases-timeline')
    for (const e of releases.events) {
      await expect(figure.getByText(e.label, { exact: true })).toBeVisible()
      expect(await figure.getAttribute('aria-label')).toContain(textIn(e.licence, 'ko'))
    }
  })

  await test.step(`slide ${slideWith('EssayIllustration')}: the essay's arithmetic is labelled as the essay's, beside the survey`, async () => {
    const slide = await openSlide(slideWith('EssayIllustration'))
    await expect(slide.locator('.reading-essay')).toContainText('에세이의 예시')
    for (const v of essayIllustration.values) await expect(slide.locator('.reading-essay')).toContainText(formatValue(v, essayIllustration.unit, 'ko'))
    await expect(slide.locator('.reading-survey')).toContainText(ibmRoi.title.ko)
  })
})
