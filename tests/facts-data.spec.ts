// The deck's facts have a date: every claim about a state that can change is checked on a day, cited
// where it is stated, and `npm run facts` marks those checked too long before a talk. Pure unit tests
// (no browser; the file name puts it in the `unit` project).
import type { ListedClaim } from '../data/checked.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { checkedClaims, factsAsOfLabel, factsCheckedOn } from '../data/checked.ts'
import { citations, isPublic } from '../data/index.ts'
import { daysBetween, factsOptions, factsReport, FactsUsageError, markClaims } from '../scripts/facts.ts'
import { MONTHS } from '../utils/format.ts'
import { LANGS } from '../utils/lang.ts'
import { root } from './deck.ts'

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (s: string) => DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s

test('every claim about a changeable state says the day it was checked, what was looked at, and where', () => {
  expect(checkedClaims.length).toBeGreaterThan(0)
  expect(new Set(checkedClaims.map(c => c.id)).size, 'ids are distinct').toBe(checkedClaims.length)
  for (const { id, slides, state } of checkedClaims as readonly ListedClaim[]) {
    expect(isDay(state.checked), `${id}: checked "${state.checked}" is not a day (YYYY-MM-DD)`).toBe(true)
    expect(state.checked <= factsCheckedOn, `${id}: checked after the deck's as-of date ${factsCheckedOn}`).toBe(true)
    for (const lang of LANGS) expect(state.claim[lang].trim(), `${id}: the claim (${lang})`).not.toBe('')
    expect(state.what.trim(), `${id}: what was checked`).not.toBe('')
    expect(state.sources.filter(isPublic).length, `${id}: a page anyone can open`).toBeGreaterThan(0)
    expect(slides.length, `${id}: the slides that state it`).toBeGreaterThan(0)
    for (const slide of slides) {
      const cited = new Set(citations[slide].map(s => s.url))
      for (const s of state.sources) expect(cited.has(s.url), `${id}: slide "${slide}" does not cite ${s.url}`).toBe(true)
    }
  }
})

test('the deck\'s as-of date is the day of its latest check, shown as 사실 확인 기준', () => {
  expect(isDay(factsCheckedOn)).toBe(true)
  const latest = checkedClaims.map(c => c.state.checked).sort().at(-1)
  expect(factsCheckedOn, 'move factsCheckedOn when the facts are checked again').toBe(latest)
  const [y, m, d] = factsCheckedOn.split('-').map(Number)
  expect(factsAsOfLabel.ko).toBe(`사실 확인 기준: ${y}년 ${m}월 ${d}일`)
  expect(factsAsOfLabel.en).toBe(`Facts checked as of ${MONTHS[m! - 1]} ${d}, ${y}`)
})

/** The slides' own words: pages (without speaker notes and essay quotes), components and data (without comments, essay quotes and the dated claims' own fields). */
function slideText(): { file: string, text: string }[] {
  const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? walk(join(dir, e.name)) : /\.(?:md|vue|ts)$/.test(e.name) ? [join(dir, e.name)] : [])
  return ['slides.md', ...walk('pages'), ...walk('components'), ...walk('data')].map(file => ({
    file,
    text: readFileSync(join(root, file), 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<EssayQuote\b[^>]*>/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/^\s*(?:essay|claim|what): .*$/gm, ''),
  }))
}

test('a statement about the present on a slide says as of when', () => {
  const undated: string[] = []
  for (const { file, text } of slideText()) {
    for (const sentence of text.split(/[.\n]/)) {
      if (/현재|최신|지금/.test(sentence) && !/당시|무렵|기준|확인/.test(sentence))
        undated.push(`${file}: ${sentence.trim()}`)
    }
  }
  expect(undated, 'say when (“2025년 8월 당시 최신”, “2026년 12월 2일 기준”) or phrase it to stay true').toEqual([])
})

function claim(id: string, checked: string): ListedClaim {
  return {
    id,
    slides: ['factcheck'],
    state: { claim: { ko: id, en: id }, checked, what: 'looked', sources: [] },
  }
}

test('npm run facts marks the claims checked more than --max-age days before the talk', () => {
  const claims = [claim('old', '2026-11-01'), claim('fresh', '2026-12-02'), claim('later', '2027-01-10')]
  const marked = markClaims(claims, { on: '2026-12-05', maxAge: 30 })
  expect(marked.map(m => [m.claim.id, m.age, m.stale])).toEqual([['old', 34, true], ['fresh', 3, false], ['later', -36, false]])
  // the limit itself is still fresh; one day more is not
  expect(markClaims([claim('edge', '2026-12-02')], { on: '2027-01-01', maxAge: 30 })[0]!.stale).toBe(false)
  expect(markClaims([claim('edge', '2026-12-02')], { on: '2027-01-02', maxAge: 30 })[0]!.stale).toBe(true)
  const report = factsReport(marked, { on: '2026-12-05', maxAge: 30 }, '2026-12-02')
  expect(report).toMatch(/^RE-CHECK {2}old /m)
  expect(report).toMatch(/^ok {8}fresh /m)
  expect(report).toContain('1 of 3 claims need checking again')
  // the deck's own claims on the day of the check are all fresh, and three months on none is
  expect(markClaims(checkedClaims, { on: factsCheckedOn, maxAge: 30 }).some(m => m.stale)).toBe(false)
  const later = new Date(`${factsCheckedOn}T00:00:00Z`)
  later.setUTCMonth(later.getUTCMonth() + 3)
  expect(markClaims(checkedClaims, { on: later.toISOString().slice(0, 10), maxAge: 30 }).every(m => m.stale)).toBe(true)
})

test('npm run facts: its flags, and a clear error for a bad one', () => {
  const now = new Date(2026, 11, 2)
  expect(factsOptions([], now)).toEqual({ on: '2026-12-02', maxAge: 30 })
  expect(factsOptions(['--on', '2027-03-10', '--max-age', '45'], now)).toEqual({ on: '2027-03-10', maxAge: 45 })
  expect(() => factsOptions(['--on', '2027-02-30'], now)).toThrow(/--on 2027-02-30: not a date/)
  expect(() => factsOptions(['--on', '10.3.2027'], now)).toThrow(FactsUsageError)
  expect(() => factsOptions(['--max-age', 'thirty'], now)).toThrow(/--max-age thirty: give a whole number of days/)
  expect(() => factsOptions(['--max-age', '-5'], now)).toThrow(FactsUsageError)
  expect(() => factsOptions(['--when', '2027-03-10'], now)).toThrow(FactsUsageError)
  expect(() => factsOptions(['2027-03-10'], now)).toThrow(FactsUsageError)
  expect(daysBetween('2026-12-02', '2027-03-02')).toBe(90)
})

test('the slides\' Korean keeps its choices: one term per idea, no space before a parenthesis, courts as Korean readers know them', () => {
  const found: string[] = []
  const rules: [RegExp, string][] = [
    [/파운데이션/, 'foundation model is 기반 모델'],
    [/오픈 소스|오픈웨이트/, '오픈소스 and 오픈 웨이트, spaced so'],
    [/오픈 모델/, 'open weights are 오픈 웨이트, not 오픈 모델'],
    [/상급법원/, 'a California Superior Court is the state\'s 1심 법원 (상급법원 reads as an appeals court)'],
    [/에세이를 옮긴/, '옮기다 reads as a translation: the talk is 에세이를 바탕으로 한 발표'],
    [/(?<!대형 언어 모델)·범용 AI 모델|기반·/, 'noun phrases complete: 기반 모델·대형 언어 모델·범용 AI 모델'],
  ]
  for (const { file, text } of slideText()) {
    for (const line of text.split('\n').filter(l => /\p{Script=Hangul}/u.test(l))) {
      for (const [re, why] of rules) {
        if (re.test(line))
          found.push(`${file}: ${why}: ${line.trim()}`)
      }
      if (/[\p{L}\p{N}%”’}>] \((?!\))/u.test(line.replace(/\b(?:if|for|while|function|switch)\s\(|=>\s\(|\|\|\s\(|&&\s\(|\?\s\(|:\s\(|,\s\(/g, '')))
        found.push(`${file}: no space before a parenthesis: ${line.trim()}`)
    }
  }
  expect(found).toEqual([])
})
