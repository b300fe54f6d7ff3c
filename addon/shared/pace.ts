/**
 * The talk's pace, slide by slide: each slide's time budget from the length of its speaker notes,
 * scaled so the budgets fill the headmatter's `duration`. Plain data and arithmetic, read by the
 * build (addon/node/pace.ts, `npm run pace`) and by the presenter view (addon/client/pace.ts).
 */

import type { KitWords, ReadingRate } from './words'

/** A slide without notes (the fact check, the sources) is shown, not spoken: this long, unscaled. */
export const SHOWN_ONLY_SECONDS = 20

/** Within this many seconds of the plan, the talk is on time. */
const ON_TIME_SECONDS = 5

export interface PaceSlide {
  no: number
  title: string
  /** what the notes carry, in the rate's unit: syllables (Hangul syllables, other letters and digits one each) or words */
  length: number
  /** seconds */
  budget: number
}

export interface PaceData {
  /** the headmatter's duration, in seconds */
  duration: number
  /** the reading rate the budgets are read at before scaling (the deck's language's, shared/words.ts) */
  rate: ReadingRate
  /** how much longer than read at `rate` each spoken slide is given (the talk is more than its notes read out) */
  scale: number
  slides: PaceSlide[]
}

/**
 * What is spoken of a text, in the rate's unit: syllables (one per Hangul syllable, letter or digit;
 * no spaces or punctuation), or words (runs of letters and digits, with inner apostrophes and hyphens).
 */
export function spokenLength(text: string, unit: ReadingRate['unit']): number {
  return (text.match(unit === 'words' ? /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu : /[\p{L}\p{N}]/gu) ?? []).length
}

/**
 * Whole-second budgets that sum to `duration` exactly: slides with no notes get SHOWN_ONLY_SECONDS,
 * the rest share what remains in proportion to their notes (largest remainders rounded up).
 */
export function paceBudgets(lengths: number[], duration: number, perMinute: number): { budgets: number[], scale: number } {
  const shownOnly = lengths.filter(l => l === 0).length
  const spoken = lengths.reduce((a, b) => a + b, 0)
  if (!spoken)
    return { budgets: evenSplit(lengths.length, duration), scale: 1 }
  const available = Math.max(0, duration - shownOnly * SHOWN_ONLY_SECONDS)
  const exact = lengths.map(l => l === 0 ? SHOWN_ONLY_SECONDS : l / spoken * available)
  const budgets = exact.map(Math.floor)
  let left = duration - budgets.reduce((a, b) => a + b, 0)
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left <= 0)
      break
    budgets[i]!++
    left--
  }
  return { budgets, scale: available / (spoken / perMinute * 60) }
}

function evenSplit(n: number, total: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor(total / n) + (i < total % n ? 1 : 0))
}

/** `m:ss` for a number of seconds (rounded down); negative values get a minus sign. */
export function clock(seconds: number): string {
  const s = Math.floor(Math.abs(seconds))
  return `${seconds < 0 && s > 0 ? '-' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

export type Standing = 'on-time' | 'ahead' | 'behind'

/**
 * How far the whole talk is from its plan, in seconds (positive: behind): the time elapsed against
 * the planned start of the current slide plus what of its budget has been used.
 */
export function behindBy(budgets: number[], slideNo: number, elapsed: number, spentOnSlide: number): number {
  const plannedStart = budgets.slice(0, slideNo - 1).reduce((a, b) => a + b, 0)
  return elapsed - (plannedStart + Math.min(spentOnSlide, budgets[slideNo - 1] ?? 0))
}

export function standing(behind: number): Standing {
  return Math.abs(behind) < ON_TIME_SECONDS ? 'on-time' : behind > 0 ? 'behind' : 'ahead'
}

/** The standing in the deck's words: "on time", "1:05 behind", "0:20 ahead". */
export function standingWords(behind: number, words: KitWords['pace']): string {
  const s = standing(behind)
  return s === 'on-time' ? words.onTime : `${clock(Math.abs(behind))} ${s === 'behind' ? words.behind : words.ahead}`
}

const csvCell = (v: string | number) => typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v

/** The rehearsal as CSV: one row per slide, times in whole seconds (empty where not recorded). */
export function rehearsalCsv(slides: PaceSlide[], thisRun: number[], lastRun: number[] | null, unit: ReadingRate['unit']): string {
  const rows: (string | number)[][] = [['slide', 'title', `notes_${unit}`, 'budget_s', 'this_rehearsal_s', 'last_rehearsal_s']]
  for (const s of slides) {
    const last = lastRun?.[s.no - 1]
    rows.push([s.no, s.title, s.length, s.budget, Math.round(thisRun[s.no - 1] ?? 0), last === undefined ? '' : Math.round(last)])
  }
  return `${rows.map(r => r.map(csvCell).join(',')).join('\n')}\n`
}
