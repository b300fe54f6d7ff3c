import type { ChartOptions, Plugin } from 'chart.js'
import type { Role } from '../data/types'
/**
 * What every chart of the deck shares: the chart.js parts it registers, the palette, the font and
 * two inline plugins (values written on the bars; "drawn" notification for the exporter).
 * Imported only by components/charts/*, so chart.js lands in the chart slides' chunks, not on the cover.
 */
import { BarElement, CategoryScale, Chart, LinearScale } from 'chart.js'
import { fontStack, SCREEN_FAMILY } from 'slidev-addon-talk-kit/font'

// Only what the bar charts use. vue-chartjs's <Bar> registers BarController itself.
// No Tooltip (there is no hover on a projector: values are written on the bars), no Legend (HTML).
Chart.register(CategoryScale, LinearScale, BarElement)

/**
 * The chart's text is set in the slide's own stack (--font-sans, set by addon/node/deck-font.ts: the screen
 * cut, or the print cut while exporting), so canvas text matches the slide's text.
 */
const FALLBACK_STACK = fontStack(SCREEN_FAMILY)

function chartFontStack(): string {
  const css = typeof document === 'undefined' ? '' : getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim()
  return css || FALLBACK_STACK
}
Chart.defaults.font.family = chartFontStack()

/**
 * The palette, as styles/theme.css defines it (the one place the talk's colours are written):
 * blue and orange stay apart for every kind of colour-vision deficiency; grey for "limited"/all.
 */
const VARS = {
  open: '--c-open',
  closed: '--c-closed',
  limited: '--c-limited',
  neutral: '--c-muted',
  ink: '--c-ink',
  muted: '--c-muted',
  line: '--c-line',
  bg: '--c-bg',
} as const satisfies Record<Role | string, string>

export type PaletteKey = keyof typeof VARS

/** The palette read from the page's theme (`el` inherits the variables). */
export function palette(el?: Element | null): Record<PaletteKey, string> {
  const style = getComputedStyle(el ?? document.documentElement)
  const read = (key: PaletteKey) => {
    const value = style.getPropertyValue(VARS[key]).trim()
    if (!value)
      throw new Error(`styles/theme.css defines no ${VARS[key]}: the charts are drawn in it`)
    return value
  }
  return Object.fromEntries((Object.keys(VARS) as PaletteKey[]).map(key => [key, read(key)])) as Record<PaletteKey, string>
}

/** The scales every share chart here draws: 0–100 % on the value axis, bold categories on the other. */
export function shareScales(pal: Record<PaletteKey, string>, valueAxis: 'x' | 'y'): ChartOptions<'bar'>['scales'] {
  return {
    [valueAxis]: {
      min: 0,
      max: 100,
      ticks: { stepSize: 25, callback: (v: string | number) => `${v}%`, font: { size: 18 }, color: pal.muted },
      grid: { color: pal.line },
      border: { display: false },
    },
    [valueAxis === 'x' ? 'y' : 'x']: {
      ticks: { font: { size: 20, weight: 700 }, color: pal.ink },
      grid: { display: false },
      border: { color: pal.muted },
    },
  }
}

/**
 * Canvas text does not trigger the unicode-range slices of the CSS font: ask for the slices holding
 * every character the chart will draw, in the weights it draws them, before the first draw.
 */
export async function loadChartFont(texts: readonly string[]): Promise<void> {
  const text = [...new Set(texts.join(''))].join('')
  if (!text || typeof document === 'undefined' || !document.fonts)
    return
  const stack = chartFontStack()
  Chart.defaults.font.family = stack
  // FontFaceSet.load takes every family of the list: the faces of the cut that hold these characters
  await Promise.all([700, 400].map(w => document.fonts.load(`${w} 16px ${stack}`, text)))
}

export { formatValue } from './chart-format'

export interface ValueLabelOptions {
  format: (value: number) => string
  color: string
  size: number
}

/** Writes each bar's value at its end (follows the bar while it animates). */
export function valueLabels(opts: ValueLabelOptions): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart
      const horizontal = chart.options.indexAxis === 'y'
      ctx.save()
      ctx.font = `700 ${opts.size}px ${chartFontStack()}`
      ctx.fillStyle = opts.color
      chart.data.datasets.forEach((dataset, di) => {
        const meta = chart.getDatasetMeta(di)
        if (meta.hidden)
          return
        meta.data.forEach((bar, i) => {
          const value = dataset.data[i]
          if (typeof value !== 'number')
            return
          const { x, y } = bar.getProps(['x', 'y'], false) as { x: number, y: number }
          if (horizontal) {
            ctx.textAlign = 'left'
            ctx.textBaseline = 'middle'
            ctx.fillText(opts.format(value), x + 10, y)
          }
          else {
            ctx.textAlign = 'center'
            ctx.textBaseline = 'bottom'
            ctx.fillText(opts.format(value), x, y - 8)
          }
        })
      })
      ctx.restore()
    },
  }
}

/** Calls `cb` whenever the chart has finished drawing its final state (after the animation, if any). */
export function onDrawn(cb: () => void): Plugin<'bar'> {
  // afterRender fires once the final frame is on the canvas (chart.js: onAnimationsComplete);
  // a chart in a hidden slide has no size and has drawn nothing yet.
  return { id: 'drawnMarker', afterRender: (chart) => {
    if (chart.width > 0 && chart.height > 0)
      cb()
  } }
}
