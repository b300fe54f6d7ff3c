/** Helpers for the HTML timelines (no chart.js here). */
import type { Source, TimelineEvent } from '../data/types'
import { host } from './format'

/** '2019-03-11' → '2019.03.11', '2018-02' → '2018.02' */
export function dotDate(iso: string): string {
  return iso.split('-').join('.')
}

/** '2019-03-11' → '03.11' (the year is the column) */
export function monthDay(iso: string): string {
  return iso.split('-').slice(1).join('.')
}

/** Fractional year of an ISO date (day 15 when only the month is known). */
export function yearFraction(iso: string): number {
  const [y, m = 1, d = 15] = iso.split('-').map(Number) as [number, number?, number?]
  return y + ((m - 1) + (d - 1) / 31) / 12
}

/** Position of a date between `from` and `to` (years), as a percentage. */
export function position(iso: string, from: number, to: number): number {
  return ((yearFraction(iso) - from) / (to - from)) * 100
}

/** The distinct sources of a timeline (its own first, then each event's), for its source line. */
export function timelineSources(own: Source, events: readonly TimelineEvent[]): Source[] {
  const seen = new Set<string>()
  return [own, ...events.map(e => e.source ?? own)].filter((s) => {
    const h = host(s.url)
    if (seen.has(h)) return false
    seen.add(h)
    return true
  })
}
