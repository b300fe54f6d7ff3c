import type { SeriesDataset, Source, TimelineDataset } from '../data/types.ts'
import type { Words } from '../utils/lang.ts'
// The deck's data: typed, sourced, consistent. Invariants and sourcing only — a corrected figure is
// edited once, in data/, never restated here. Pure unit tests (no browser).
import { existsSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import * as aiIndexModule from '../data/ai-index.ts'
import { aiIndexAccess2023, aiIndexOpenShare } from '../data/ai-index.ts'
import * as checkedModule from '../data/checked.ts'
import * as controversiesModule from '../data/controversies.ts'
import { controversies } from '../data/controversies.ts'
import * as essayIllustrationModule from '../data/essay-illustration.ts'
import { essayIllustration } from '../data/essay-illustration.ts'
import * as factCheckModule from '../data/factcheck.ts'
import { factCheck } from '../data/factcheck.ts'
import * as grokModule from '../data/grok.ts'
import { grok2Licence, grok3Promise, grok4, grok25 } from '../data/grok.ts'
import * as ibmRoiModule from '../data/ibm-roi.ts'
import { ibmRoi } from '../data/ibm-roi.ts'
import * as indexModule from '../data/index.ts'
import { citations, datasets, deckSources, figures, isPublic } from '../data/index.ts'
import * as openAiTimelineModule from '../data/openai-timeline.ts'
import * as releasesModule from '../data/releases.ts'
import * as risksModule from '../data/risks.ts'
import * as sinceModule from '../data/since.ts'
import * as tweetModule from '../data/tweet.ts'
import { muskPost } from '../data/tweet.ts'
import { LANGS } from '../utils/lang.ts'
import { textIn } from '../utils/words.ts'
import { essayText, root } from './deck.ts'

const series = datasets.filter((d): d is SeriesDataset => d.kind === 'series')
const timelines = datasets.filter((d): d is TimelineDataset => d.kind === 'timeline')
const cited: Source[] = Object.values(citations).flatMap((s): readonly Source[] => s)

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/
const essay = essayText()
/** the essay's English translation, the English edition's essay */
const essayEn = essayText('en')
const HANGUL = /\p{Script=Hangul}/u
/** the Korean edition's text of a value that may be written alike in both editions */
const ko = (text: string | Words) => textIn(text, 'ko')

function expectSource(s: Source | undefined, where: string) {
  expect(s, `${where}: source`).toBeDefined()
  for (const lang of LANGS) {
    expect(textIn(s!.publisher, lang).trim(), `${where}: publisher (${lang})`).not.toBe('')
    expect(textIn(s!.title, lang).trim(), `${where}: title (${lang})`).not.toBe('')
  }
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
    for (const lang of LANGS) expect(d.title[lang].trim(), `${d.id} (${lang})`).not.toBe('')
    expect(d.unit, d.id).toBeTruthy()
  }
})

test('series: labels, values and colours line up; values are finite; shares are within 0–100', () => {
  for (const d of series) {
    expect(d.labels.length, `${d.id}: labels`).toBeGreaterThan(0)
    expect(d.values.length, `${d.id}: values vs labels`).toBe(d.labels.length)
    expect(d.roles.length, `${d.id}: colours vs labels`).toBe(d.labels.length)
    expect(new Set(d.labels.map(ko)).size, `${d.id}: labels are distinct`).toBe(d.labels.length)
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
      expect(ko(e.label).trim()).not.toBe('')
    }
  }
})

test('IBM: a share of companies reporting a positive ROI, never an average ROI, never against "proprietary"', () => {
  const named = [ibmRoi.title, ...ibmRoi.labels].flatMap(w => LANGS.map(lang => w[lang])).join(' ')
  expect(named).not.toMatch(/평균|average|mean/i)
  expect(named).not.toMatch(/독점|proprietary/i)
  expect(ibmRoi.title.ko).toMatch(/비율/)
  expect(ibmRoi.title.en).toMatch(/share/i)
  expect(ibmRoi.unit).toBe('%')
  expect(ibmRoi.roles).toEqual(expect.arrayContaining(['open', 'closed']))
  // the essay dates it "며칠 전 … 2025년": the slide says when it was published
  expect(ibmRoi.source.date < '2025').toBe(true)
})

test('the essay\'s arithmetic is labelled as the essay\'s, and follows from reading the IBM shares as returns', () => {
  expect(essayIllustration.labels.filter(l => l.ko !== '투자액').every(l => l.ko.includes('에세이') && l.en.includes('essay'))).toBe(true)
  const [invested, open, closed] = essayIllustration.values
  const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]!
  expect(open).toBeCloseTo(invested * (1 + share('open') / 100), 6)
  expect(closed).toBeCloseTo(invested * (1 + share('closed') / 100), 6)
  expect(essayIllustration.note.ko).toMatch(/조사 결과가 아님/)
  expect(essayIllustration.note.en).toMatch(/not a survey finding/i)
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
  expect(grok2Licence.allows.map(a => a.ko).join(' ')).toMatch(/배포/)
  expect(grok2Licence.name).toMatch(/Agreement$/)
})

test('the Grok 3 promise: quoted from the post, due about six months on, its status checked after that', () => {
  expect(muskPost.text).toContain(grok3Promise.quote)
  expect(essay, 'the post is quoted in the essay as posted').toContain(muskPost.text)
  const due = new Date(`${grok3Promise.promised}T00:00:00Z`)
  due.setUTCMonth(due.getUTCMonth() + grok3Promise.months)
  expect(grok3Promise.dueAround).toBe(due.toISOString().slice(0, 10))
  expect(grok3Promise.checked >= grok3Promise.dueAround, 'checked before the target date: it says nothing yet').toBe(true)
  expect(grok3Promise.claim.ko).toMatch(grok3Promise.kept ? /공개됨/ : /확인되지 않음/)
  // Grok 3 was already the previous generation when it was promised
  expect(grok4.released < grok3Promise.promised).toBe(true)
})

test('controversies: each response comes after its incident and has its own source', () => {
  for (const c of controversies) {
    expect(c.responseDate >= c.date, c.title.ko).toBe(true)
    expect(c.responseSource.url).not.toBe(c.source.url)
  }
})

/** A value of `Words` (utils/lang.ts): every edition's language, and nothing else. */
function isWords(value: unknown): value is Words {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return false
  const keys = Object.keys(value)
  return keys.length === LANGS.length && LANGS.every(l => typeof (value as Record<string, unknown>)[l] === 'string')
}

/** Every module of data/ (types.ts holds no values). */
const dataModules = {
  'ai-index': aiIndexModule,
  'checked': checkedModule,
  'controversies': controversiesModule,
  'essay-illustration': essayIllustrationModule,
  'factcheck': factCheckModule,
  'grok': grokModule,
  'ibm-roi': ibmRoiModule,
  'index': indexModule,
  'openai-timeline': openAiTimelineModule,
  'releases': releasesModule,
  'risks': risksModule,
  'since': sinceModule,
  'tweet': tweetModule,
}

/**
 * Every string of data/, with where it is: inside `Words` (and in which language), or plain. A plain
 * string is written alike in both editions, so it holds no Hangul, except where the type says so: a
 * page's own title as published, a unit (억, 개: utils/chart-format.ts writes them per edition) and a
 * claim's `what` (the checker's note, never on a slide).
 */
function dataStrings(): { where: string, text: string, lang?: string, plainKey?: string }[] {
  const out: { where: string, text: string, lang?: string, plainKey?: string }[] = []
  const seen = new Set<unknown>()
  const visit = (value: unknown, where: string, key: string, parent: unknown) => {
    if (typeof value === 'string') {
      out.push({ where, text: value, plainKey: key === 'title' && (parent as Source).url !== undefined && !(parent as Source).described ? 'published title' : key })
      return
    }
    if (typeof value !== 'object' || value === null || seen.has(value))
      return
    seen.add(value)
    if (isWords(value)) {
      for (const lang of LANGS) out.push({ where: `${where}.${lang}`, text: value[lang], lang })
      return
    }
    for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`, Array.isArray(value) ? key : k, value)
  }
  for (const [name, module] of Object.entries(dataModules)) {
    for (const [k, v] of Object.entries(module)) visit(v, `${name}.${k}`, k, module)
  }
  return out
}

/** The Korean words of a `Words` value, exported as a string for the Korean edition's pages that read them so (data/grok.ts). */
test('every word a slide shows from data/ is in both languages: Korean only inside Words, none in their English', () => {
  const strings = dataStrings()
  expect(strings.filter(s => s.lang === 'en').length, 'English words found').toBeGreaterThan(100)
  const plainHangul = strings.filter(s => !s.lang && HANGUL.test(s.text) && !['published title', 'unit', 'what'].includes(s.plainKey!))
  expect(plainHangul.map(s => `${s.where}: ${s.text}`), 'Korean outside Words: make it { ko, en }').toEqual([])
  const koreanInEnglish = strings.filter(s => s.lang === 'en' && HANGUL.test(s.text))
  expect(koreanInEnglish.map(s => `${s.where}: ${s.text}`), 'Hangul in the English words').toEqual([])
  // the size note is empty in both languages when the size is xAI's own (data/grok.ts)
  const empty = strings.filter(s => s.lang && !s.text.trim() && !s.where.startsWith('grok.grok25SizeNote.'))
  expect(empty.map(s => s.where), 'empty words').toEqual([])
})

test('a title published in Korean has an English gloss for the English edition, and only such a title', () => {
  for (const s of [...cited, essayIllustration.source] as Source[]) {
    if (s.described)
      continue
    expect(Boolean(s.gloss), `${s.url}: “${s.title}” ${HANGUL.test(s.title) ? 'needs' : 'takes no'} gloss`).toBe(HANGUL.test(s.title))
    if (s.gloss)
      expect(s.gloss, `${s.url}: the gloss is English`).not.toMatch(HANGUL)
  }
})

test('the essay\'s words in data/ are the essay\'s in each language: the Korean essay and its English translation', () => {
  for (const row of factCheck) {
    expect(essay, 'the Korean essay').toContain(row.essay.ko)
    expect(essayEn, 'the English translation (content/essay.en.txt)').toContain(row.essay.en)
  }
  expect(essayEn.split('\n')[0]!.trim(), 'the essay\'s English title glosses its source').toBe(essayIllustration.source.gloss)
})
