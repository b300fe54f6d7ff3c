/** Helpers for the HTML timelines (no chart.js here). */
import type { Lang } from './lang'
import { dateIn } from './format'

/** '2019-03-11' → '3월 11일' / 'March 11' (the year is the column heading) */
export function monthDay(iso: string, lang: Lang): string {
  return lang === 'ko' ? dateIn(iso, lang).replace(/^\d+년 /, '') : dateIn(iso, lang).replace(/,? \d+$/, '')
}

/** Fractional year of an ISO date (day 15 when only the month is known). */
function yearFraction(iso: string): number {
  const [y, m = 1, d = 15] = iso.split('-').map(Number) as [number, number?, number?]
  return y + ((m - 1) + (d - 1) / 31) / 12
}

/** Position of a date between `from` and `to` (years), as a percentage. */
export function position(iso: string, from: number, to: number): number {
  return ((yearFraction(iso) - from) / (to - from)) * 100
}
