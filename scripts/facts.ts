/**
 * What `npm run facts` does, as functions a test can call: read its flags, work out how long before a
 * talk each changeable claim was checked (data/checked.ts), and write the list.
 */
import type { ListedClaim } from '../data/checked.ts'
import { parseArgs } from 'node:util'
import { LANGS } from '../utils/lang.ts'
import { textIn } from '../utils/words.ts'

export const usage = 'Usage: npm run facts [-- --on YYYY-MM-DD] [--max-age DAYS]\n'
  + '  --on       the talk date (default: today)\n'
  + '  --max-age  a claim checked more than this many days before the talk is marked for re-checking (default 30)'

/** A flag the command cannot use: the message says which, and why. */
export class FactsUsageError extends Error {}

interface FactsOptions {
  /** the talk date, YYYY-MM-DD */
  on: string
  /** the most days a claim may have been checked before the talk */
  maxAge: number
}

const DAY = 86_400_000

/** 'YYYY-MM-DD' of a real calendar day, or undefined. */
function calendarDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return undefined
  const t = Date.parse(`${text}T00:00:00Z`)
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== text ? undefined : t
}

/** Today in the local calendar, YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The command's flags, checked; a bad one is a FactsUsageError. */
export function factsOptions(args: readonly string[], now = new Date()): FactsOptions {
  let values: { 'on'?: string, 'max-age'?: string }
  try {
    ({ values } = parseArgs({ args: [...args], strict: true, allowPositionals: false, options: { 'on': { type: 'string' }, 'max-age': { type: 'string' } } }))
  }
  catch (e) {
    throw new FactsUsageError((e as Error).message)
  }
  const on = values.on ?? today(now)
  if (calendarDay(on) === undefined)
    throw new FactsUsageError(`--on ${on}: not a date; give the talk date as YYYY-MM-DD, e.g. --on 2027-03-10.`)
  const maxAge = values['max-age'] ?? '30'
  if (!/^\d+$/.test(maxAge))
    throw new FactsUsageError(`--max-age ${maxAge}: give a whole number of days, e.g. --max-age 30.`)
  return { on, maxAge: Number(maxAge) }
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const a = calendarDay(from)
  const b = calendarDay(to)
  if (a === undefined || b === undefined)
    throw new Error(`not a date: ${a === undefined ? from : to}`)
  return Math.round((b - a) / DAY)
}

interface MarkedClaim {
  claim: ListedClaim
  /** days between the check and the talk */
  age: number
  /** checked more than the allowed days before the talk */
  stale: boolean
}

/** Each claim with its age on the talk date, and whether it needs checking again before the talk. */
export function markClaims(claims: readonly ListedClaim[], { on, maxAge }: FactsOptions): MarkedClaim[] {
  return claims.map((claim) => {
    const age = daysBetween(claim.state.checked, on)
    return { claim, age, stale: age > maxAge }
  })
}

/** The list as the command prints it. */
export function factsReport(marked: readonly MarkedClaim[], options: FactsOptions, checkedOn: string): string {
  const stale = marked.filter(m => m.stale)
  const lines = [
    `Facts last checked on ${checkedOn} (data/checked.ts); talk on ${options.on}; a claim checked more than ${options.maxAge} days before the talk is marked RE-CHECK.`,
    '',
  ]
  for (const { claim, age, stale: old } of marked) {
    const when = age < 0 ? `checked ${claim.state.checked}, ${-age} days after the talk date` : `checked ${claim.state.checked}, ${age} days before the talk`
    lines.push(`${old ? 'RE-CHECK' : 'ok      '}  ${claim.id}  (slides: ${claim.slides.join(', ')}; ${when})`)
    // the claim as each edition's slides state it; the checker's note as it was written (Korean)
    for (const lang of LANGS)
      lines.push(`          ${lang}: ${claim.state.claim[lang]}`)
    lines.push(`          checked: ${claim.state.what}`)
    for (const s of claim.state.sources)
      lines.push(`          source: ${textIn(s.publisher, 'en')}, ${s.described ? `(${s.title.en})` : `“${s.title}”${s.gloss ? ` (${s.gloss})` : ''}`}, ${s.date}: ${s.url}`)
    lines.push('')
  }
  lines.push(stale.length
    ? `${stale.length} of ${marked.length} claims need checking again before the talk: look at their sources, update data/ (the claim, its \`checked\` date and what you looked at), and move factsCheckedOn in data/checked.ts.`
    : `All ${marked.length} claims were checked within ${options.maxAge} days before the talk.`)
  return lines.join('\n')
}
