import type { SeriesDataset, Source, TimelineDataset } from '../data/types.ts'
// The deck's data: typed, sourced, consistent. Invariants and sourcing only — a corrected figure is
// edited once, in data/, never restated here. Pure unit tests (no browser).
import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { aiIndexAccess2023, aiIndexOpenShare } from '../data/ai-index.ts'
import { controversies } from '../data/controversies.ts'
import { essayIllustration } from '../data/essay-illustration.ts'
import { grok2Licence, grok3Promise, grok4, grok25 } from '../data/grok.ts'
import { ibmRoi } from '../data/ibm-roi.ts'
import { citations, datasets, deckSources, figures, isPublic } from '../data/index.ts'
import { muskPost } from '../data/tweet.ts'
import { essayText, root } from './deck.ts'

const series = datasets.filter((d): d is SeriesDataset => d.kind === 'series')
const timelines = datasets.filter((d): d is TimelineDataset => d.kind === 'timeline')
const cited: Source[] = Object.values(citations).flatMap((s): readonly Source[] => s)

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/
const essay = essayText()

function expectSource(s: Source | undefined, where: string) {
  expect(s, `${where}: source`).toBeDefined()
  expect(s!.publisher.trim(), `${where}: publisher`).not.toBe('')
  expect(s!.title.trim(), `${where}: title`).not.toBe('')
  expect(s!.date, `${where}: date`).toMatch(ISO)
  expect(Number.isNaN(Date.parse(s!.date)), `${where}: date parses`).toBe(false)
  // the essay's own copy is the one source that is a file here; every other is a web page
  if (isPublic(s!))
    expect(new URL(s!.url).protocol, `${where}: ${s!.url}`).toBe('https:')
  else expect(existsSync(`${root}${s!.url}`), `${where}: ${s!.url} exists`).toBe(true)
}

test('every source a slide cites names a publisher, a title or a description, a date and an address', () => {
  expect(cited.length).toBeGreaterThan(0)
  for (const s of cited) expectSource(s, s.url)
})

test('one page is one source: the same address always carries the same publisher, title and date', () => {
  const byUrl = new Map<string, Source>()
  for (const s of cited) {
    const seen = byUrl.get(s.url)
    if (seen)
      expect(s, `${s.url} is described twice`).toEqual(seen)
    else byUrl.set(s.url, s)
  }
})

test('the sources list is every public page the slides cite, once, and nothing else', () => {
  const listed = deckSources.map(s => s.url)
  expect(new Set(listed).size, 'no page listed twice').toBe(listed.length)
  expect(new Set(listed)).toEqual(new Set(cited.filter(isPublic).map(s => s.url)))
  expect(listed.includes(essayIllustration.source.url), 'the essay has no public address: not listed').toBe(false)
})

test('each figure\'s slide cites every source its datasets name, event by event', () => {
  for (const f of figures) {
    const onSlide = new Set(citations[f.slide].map(s => s.url))
    for (const d of f.datasets) {
      const named = d.kind === 'timeline' ? d.events.map(e => e.source ?? d.source) : [d.source]
      for (const s of named) expect(onSlide.has(s.url), `${f.component} (${d.id}) names ${s.url}, which slide "${f.slide}" does not cite`).toBe(true)
    }
  }
})

test('every dataset has a unique id, a title and a unit', () => {
  expect(new Set(datasets.map(d => d.id)).size).toBe(datasets.length)
  for (const d of datasets) {
    expect(d.title.trim(), d.id).not.toBe('')
    expect(d.unit, d.id).toBeTruthy()
  }
})

test('series: labels, values and colours line up; values are finite; shares are within 0–100', () => {
  for (const d of series) {
    expect(d.labels.length, `${d.id}: labels`).toBeGreaterThan(0)
    expect(d.values.length, `${d.id}: values vs labels`).toBe(d.labels.length)
    expect(d.roles.length, `${d.id}: colours vs labels`).toBe(d.labels.length)
    expect(new Set(d.labels).size, `${d.id}: labels are distinct`).toBe(d.labels.length)
    for (const v of d.values) {
      expect(Number.isFinite(v), `${d.id}: ${v}`).toBe(true)
      expect(v, `${d.id}: ${v}`).toBeGreaterThanOrEqual(0)
      if (d.unit === '%')
        expect(v, `${d.id}: ${v}% is a share`).toBeLessThanOrEqual(100)
    }
  }
})

test('timelines: dated, in order, every event with a source of its own', () => {
  for (const t of timelines) {
    expect(t.events.length, t.id).toBeGreaterThan(0)
    const dates = t.events.map(e => e.date)
    for (const d of dates) expect(d, t.id).toMatch(ISO)
    expect([...dates].sort(), `${t.id} is in date order`).toEqual(dates)
    for (const e of t.events) {
      expect(e.source, `${t.id} ${e.date}: the event names its own source`).toBeDefined()
      expect(e.label.trim()).not.toBe('')
    }
  }
})

test('IBM: a share of companies reporting a positive ROI, never an average ROI, never against "proprietary"', () => {
  const named = [ibmRoi.title, ...ibmRoi.labels].join(' ')
  expect(named).not.toMatch(/평균|average|mean/i)
  expect(named).not.toMatch(/독점|proprietary/i)
  expect(ibmRoi.title).toMatch(/비율/)
  expect(ibmRoi.unit).toBe('%')
  expect(ibmRoi.roles).toEqual(expect.arrayContaining(['open', 'closed']))
  // the essay dates it "며칠 전 … 2025년": the slide says when it was published
  expect(ibmRoi.source.date < '2025').toBe(true)
})

test('the essay\'s arithmetic is labelled as the essay\'s, and follows from reading the IBM shares as returns', () => {
  expect(essayIllustration.labels.filter(l => l !== '투자액').every(l => l.includes('에세이'))).toBe(true)
  const [invested, open, closed] = essayIllustration.values
  const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]!
  expect(open).toBeCloseTo(invested * (1 + share('open') / 100), 6)
  expect(closed).toBeCloseTo(invested * (1 + share('closed') / 100), 6)
  expect(essayIllustration.note).toMatch(/조사 결과가 아님/)
})

test('AI Index: the 2023 shares add up to their total, and the open share is the 2023 bar', () => {
  const sum = aiIndexAccess2023.values.reduce((a, b) => a + b, 0)
  expect(sum).toBeCloseTo(aiIndexAccess2023.total, 6)
  const open2023 = aiIndexOpenShare.values[aiIndexOpenShare.labels.indexOf(aiIndexAccess2023.year)]!
  expect(aiIndexAccess2023.values[aiIndexAccess2023.roles.indexOf('open')]).toBe(open2023)
})

test('Grok 2.5: open weights under a licence that allows distribution; what was withheld is named', () => {
  expect(grok25.withheld).not.toEqual([])
  expect(grok2Licence.osiApproved).toBe(false)
  expect(grok2Licence.allows.join(' ')).toMatch(/배포/)
  expect(grok2Licence.name).toMatch(/Agreement$/)
})

test('the Grok 3 promise: quoted from the post, due about six months on, its status checked after that', () => {
  expect(muskPost.text).toContain(grok3Promise.quote)
  expect(essay, 'the post is quoted in the essay as posted').toContain(muskPost.text)
  const due = new Date(`${grok3Promise.promised}T00:00:00Z`)
  due.setUTCMonth(due.getUTCMonth() + grok3Promise.months)
  expect(grok3Promise.dueAround).toBe(due.toISOString().slice(0, 10))
  expect(grok3Promise.checked >= grok3Promise.dueAround, 'checked before the target date: it says nothing yet').toBe(true)
  expect(grok3Promise.claim).toMatch(grok3Promise.kept ? /공개됨/ : /확인되지 않음/)
  // Grok 3 was already the previous generation when it was promised
  expect(grok4.released < grok3Promise.promised).toBe(true)
})

test('controversies: each response comes after its incident and has its own source', () => {
  for (const c of controversies) {
    expect(c.responseDate >= c.date, c.title).toBe(true)
    expect(c.responseSource.url).not.toBe(c.source.url)
  }
})
