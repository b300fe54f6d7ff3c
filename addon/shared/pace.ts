/**
 * The talk's pace, slide by slide: each slide's time budget from the length of its speaker notes,
 * scaled so the budgets fill the headmatter's `duration`. Plain data and arithmetic, read by the
 * build (addon/node/pace.ts, `npm run pace`) and by the presenter view (addon/client/pace.ts).
 */

/**
 * A Korean speaking rate, in syllables per minute: adults reading a passage aloud,
 * 308.29 ± 22.57 SPM (31 adults aged 18–30; talking freely: 252.87 ± 40.86 SPM).
 * Source: "The Study of Speech Rate in Normal-Speaking Adults and Children",
 * 음성과학 (Journal of Speech Sciences) 9(4), 2002, pp. 93–103 (KMID 0917520020090040093).
 * The reading rate, because the notes are the essay, read out.
 */
export const KOREAN_READING_SPM = 308.29
export const RATE_SOURCE = '"The Study of Speech Rate in Normal-Speaking Adults and Children", 음성과학 (Journal of Speech Sciences) 9(4), 2002, pp. 93–103: adults reading aloud, 308.29 ± 22.57 syllables per minute'

/** A slide without notes (the fact check, the sources) is shown, not spoken: this long, unscaled. */
export const SHOWN_ONLY_SECONDS = 20

/** Within this many seconds of the plan, the talk is on time. */
const ON_TIME_SECONDS = 5

export interface PaceSlide {
  no: number
  title: string
  /** syllables the notes carry (Hangul syllables, and letters and digits of other scripts one each) */
  length: number
  /** seconds */
  budget: number
}

export interface PaceData {
  /** the headmatter's duration, in seconds */
  duration: number
  /** syllables per minute the budgets are read at before scaling */
  rate: number
  /** how much longer than read at `rate` each spoken slide is given (the talk is more than its notes read out) */
  scale: number
  slides: PaceSlide[]
}

/** What is spoken of a text, counted in syllables: one per Hangul syllable, letter or digit; no spaces or punctuation. */
export function spokenLength(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length
}

/**
 * Whole-second budgets that sum to `duration` exactly: slides with no notes get SHOWN_ONLY_SECONDS,
 * the rest share what remains in proportion to their notes (largest remainders rounded up).
 */
export function paceBudgets(lengths: number[], duration: number, rate = KOREAN_READING_SPM): { budgets: number[], scale: number } {
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
  return { budgets, scale: available / (spoken / rate * 60) }
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

/** The standing in words: 제시간, 1:05 늦음, 0:20 빠름. */
export function standingWords(behind: number): string {
  const s = standing(behind)
  return s === 'on-time' ? '제시간' : `${clock(Math.abs(behind))} ${s === 'behind' ? '늦음' : '빠름'}`
}

const csvCell = (v: string | number) => typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v

/** The rehearsal as CSV: one row per slide, times in whole seconds (empty where not recorded). */
export function rehearsalCsv(slides: PaceSlide[], thisRun: number[], lastRun: number[] | null): string {
  const rows: (string | number)[][] = [['slide', 'title', 'notes_syllables', 'budget_s', 'this_rehearsal_s', 'last_rehearsal_s']]
  for (const s of slides) {
    const last = lastRun?.[s.no - 1]
    rows.push([s.no, s.title, s.length, s.budget, Math.round(thisRun[s.no - 1] ?? 0), last === undefined ? '' : Math.round(last)])
  }
  return `${rows.map(r => r.map(csvCell).join(',')).join('\n')}\n`
}
