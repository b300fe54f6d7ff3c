// The charted figures: typed, sourced, consistent. Pure unit tests (no browser).
import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { aiIndexAccess2023, aiIndexOpenShare } from '../data/ai-index.ts'
import { essayIllustration } from '../data/essay-illustration.ts'
import { ibmRoi } from '../data/ibm-roi.ts'
import { openAiTimeline } from '../data/openai-timeline.ts'
import { releases } from '../data/releases.ts'
import { allSources } from '../data/sources.ts'
import type { Dataset, SeriesDataset, Source, TimelineDataset } from '../data/types.ts'
import { root } from '../scripts/deck.ts'

const datasets: readonly Dataset[] = [ibmRoi, essayIllustration, aiIndexOpenShare, aiIndexAccess2023, releases, openAiTimeline]
const series = datasets.filter((d): d is SeriesDataset => d.kind === 'series')
const timelines = datasets.filter((d): d is TimelineDataset => d.kind === 'timeline')

const ISO = /^\d{4}-\d{2}(-\d{2})?$/

function expectSource(s: Source | undefined, where: string) {
  expect(s, `${where}: source`).toBeDefined()
  expect(s!.publisher.trim(), `${where}: publisher`).not.toBe('')
  expect(s!.title.trim(), `${where}: title`).not.toBe('')
  expect(s!.date, `${where}: date`).toMatch(ISO)
  expect(Number.isNaN(Date.parse(s!.date)), `${where}: date parses`).toBe(false)
  expect(s!.url, `${where}: url`).toBeTruthy()
}

/** Public sources are web addresses; the essay itself is the one source that is a file here. */
function expectPublicUrl(s: Source, where: string) {
  const url = new URL(s.url)
  expect(url.protocol, `${where}: ${s.url}`).toBe('https:')
}

test('every dataset has a unique id, a title, a unit and a source with a URL and a date', () => {
  expect(new Set(datasets.map(d => d.id)).size).toBe(datasets.length)
  for (const d of datasets) {
    expect(d.title.trim(), d.id).not.toBe('')
    expect(d.unit, d.id).toBeTruthy()
    expectSource(d.source, d.id)
    if (d === essayIllustration) expect(existsSync(`${root}${d.source.url}`), 'the essay copy the source points at').toBe(true)
    else expectPublicUrl(d.source, d.id)
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
      if (d.unit === '%') expect(v, `${d.id}: ${v}% is a share`).toBeLessThanOrEqual(100)
    }
  }
})

test('IBM: a share of companies reporting a positive ROI, never called an average ROI', () => {
  const named = [ibmRoi.title, ...ibmRoi.labels].join(' ')
  expect(named).not.toMatch(/평균|average|mean/i)
  expect(ibmRoi.title).toMatch(/비율/)
  expect(ibmRoi.unit).toBe('%')
  const byLabel = Object.fromEntries(ibmRoi.labels.map((l, i) => [l, ibmRoi.values[i]]))
  expect(byLabel['오픈소스 AI 도구 사용 기업']).toBe(51)
  expect(byLabel['오픈소스 AI 도구 미사용 기업']).toBe(41)
  expect(byLabel['전체 응답 기업']).toBe(47)
  // the comparison group is "not using open source", not "proprietary"
  expect(named).not.toMatch(/독점|proprietary/i)
  expect(ibmRoi.respondents.count).toBeGreaterThanOrEqual(2400)
  expect(ibmRoi.source.url).toMatch(/^https:\/\/newsroom\.ibm\.com\/2024-12-19-/)
})

test('the essay\'s arithmetic is labelled as the essay\'s, and follows from reading 51% / 41% as returns', () => {
  expect(essayIllustration.labels.filter(l => l !== '투자액').every(l => l.includes('에세이'))).toBe(true)
  const [invested, open, closed] = essayIllustration.values
  const [, notUsing, using] = ibmRoi.values
  expect(open).toBeCloseTo(invested * (1 + using / 100), 6)
  expect(closed).toBeCloseTo(invested * (1 + notUsing / 100), 6)
  expect(essayIllustration.note).toMatch(/조사 결과가 아님/)
})

test('AI Index: 98 + 23 + 28 = 149, and 98 of 149 is the 65.7% of 2023', () => {
  const sum = aiIndexAccess2023.values.reduce((a, b) => a + b, 0)
  expect(sum).toBe(aiIndexAccess2023.total)
  const open2023 = aiIndexOpenShare.values[aiIndexOpenShare.labels.indexOf(aiIndexAccess2023.year)]!
  expect(Math.abs((aiIndexAccess2023.values[0] / sum) * 100 - open2023)).toBeLessThan(0.1)
  expect(aiIndexOpenShare.values).toEqual([33.3, 44.4, 65.7])
  expect(aiIndexOpenShare.labels).toEqual(['2021', '2022', '2023'])
})

test('timelines: dated, in order, each event documented by a public source', () => {
  for (const t of timelines) {
    expect(t.events.length, t.id).toBeGreaterThan(0)
    const dates = t.events.map(e => e.date)
    for (const d of dates) expect(d, t.id).toMatch(ISO)
    expect([...dates].sort(), `${t.id} is in date order`).toEqual(dates)
    for (const e of t.events) {
      const s = e.source ?? t.source
      expectSource(s, `${t.id} ${e.date}`)
      expectPublicUrl(s, `${t.id} ${e.date}`)
      expect(e.label.trim()).not.toBe('')
    }
  }
})

test('open-weight releases: the makers the essay names, each with a licence', () => {
  expect(new Set(releases.events.map(e => e.maker))).toEqual(new Set(['Meta', 'xAI', 'DeepSeek', 'Alibaba', 'OpenAI']))
  for (const e of releases.events) expect(e.licence.trim(), e.label).not.toBe('')
  const byLabel = Object.fromEntries(releases.events.map(e => [e.label, e]))
  expect(byLabel['Grok-1']?.date).toBe('2024-03-17')
  expect(byLabel['Grok-1']?.licence).toBe('Apache 2.0')
  expect(byLabel['Grok 2.5']?.date).toBe('2025-08-23')
  expect(byLabel['Grok 2.5']?.licence).toMatch(/Grok 2 Community License/)
  expect(byLabel['gpt-oss']?.date).toBe('2025-08-05')
})

test('Musk and OpenAI: the founding, the money and the suits', () => {
  const dates = openAiTimeline.events.map(e => e.date)
  expect(dates).toEqual(['2015-12-11', '2018-02', '2019-03-11', '2019-07-22', '2023-01-23', '2024-02-29', '2024-06-11', '2024-08-05', '2025-03-04'])
})

test('the deck\'s source list carries every public source the charts cite', () => {
  const listed = new Set(allSources.map(s => s.url))
  const cited = [...datasets.filter(d => d !== essayIllustration).map(d => d.source), ...timelines.flatMap(t => t.events.map(e => e.source ?? t.source))]
  for (const s of cited) expect(listed.has(s.url), s.url).toBe(true)
  expect(listed.has(essayIllustration.source.url), 'the essay has no public address: not listed').toBe(false)
})

test('types reject malformed data (checked by `vue-tsc --noEmit`)', () => {
  // @ts-expect-error a series without its source is not a dataset
  const noSource: SeriesDataset = { kind: 'series', id: 'x', title: 'x', unit: '%', labels: ['a'], values: [1], roles: ['open'] }
  const noUrl: SeriesDataset = {
    kind: 'series', id: 'x', title: 'x', unit: '%', labels: ['a'], values: [1], roles: ['open'],
    // @ts-expect-error a source needs a URL
    source: { publisher: 'p', title: 't', date: '2024-01-01' },
  }
  const badUnit: SeriesDataset = {
    kind: 'series', id: 'x', title: 'x',
    // @ts-expect-error units are a closed list
    unit: 'percent',
    labels: ['a'], values: [1], roles: ['open'], source: ibmRoi.source,
  }
  const textValue: SeriesDataset = {
    kind: 'series', id: 'x', title: 'x', unit: '%', labels: ['a'],
    // @ts-expect-error values are numbers
    values: ['51%'],
    roles: ['open'], source: ibmRoi.source,
  }
  expect([noSource, noUrl, badUnit, textValue]).toHaveLength(4)
})
