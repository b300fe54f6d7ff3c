// The pace plan's arithmetic (addon/shared/pace.ts): budgets fill the talk to the second, follow the
// notes' length in the language's unit, and the words for ahead and behind come from the table.
import { expect, test } from '@playwright/test'
import { behindBy, paceBudgets, rehearsalCsv, SHOWN_ONLY_SECONDS, spokenLength, standingWords } from '../shared/pace.ts'
import { wordsFor } from '../shared/words.ts'

const ko = wordsFor('ko-KR')
const en = wordsFor('en')

test('budgets sum to the duration exactly, in proportion to the notes; slides without notes are shown for a fixed time', () => {
  const { budgets, scale } = paceBudgets([100, 200, 0, 33], 600, 300)
  expect(budgets.reduce((a, b) => a + b, 0)).toBe(600)
  expect(budgets[2]).toBe(SHOWN_ONLY_SECONDS)
  expect(budgets[1]! / budgets[0]!).toBeCloseTo(2, 1)
  // 333 units at 300 a minute is 66.6 s, given 580 s
  expect(scale).toBeCloseTo(580 / 66.6, 2)
})

test('Korean counts syllables (a Hangul block, a letter or a digit), English counts words', () => {
  expect(ko.rate.unit).toBe('syllables')
  expect(en.rate.unit).toBe('words')
  // the Korean table's words for "on time": three Hangul blocks; "1:05" is three digits
  expect(spokenLength(`${ko.pace.onTime}, 1:05!`, 'syllables')).toBe(6)
  expect(spokenLength('OpenAI', 'syllables')).toBe(6)
  expect(spokenLength('Musk\'s open-weights model, 2.5 — released.', 'words')).toBe(6)
})

test('a language without a table gets English; a region tag gets its language', () => {
  expect(wordsFor('fr').lang).toBe('en')
  expect(wordsFor(undefined).lang).toBe('en')
  expect(ko.lang).toBe('ko')
})

test('ahead or behind: elapsed time against the planned start of the slide and what of its budget is used', () => {
  const budgets = [20, 60, 30]
  expect(behindBy(budgets, 1, 10, 10)).toBe(0)
  expect(behindBy(budgets, 1, 30, 30)).toBe(10)
  expect(behindBy(budgets, 3, 60, 0)).toBe(-20)
  expect(standingWords(0, en.pace)).toBe('on time')
  expect(standingWords(65, en.pace)).toBe('1:05 behind')
  expect(standingWords(-20, ko.pace)).toBe(`0:20 ${ko.pace.ahead}`)
})

test('the rehearsal\'s CSV quotes titles with commas, names its unit and leaves times not recorded empty', () => {
  const csv = rehearsalCsv([{ no: 1, title: 'Box, or seed', length: 30, budget: 17 }], [30.4], null, 'words')
  expect(csv).toBe('slide,title,notes_words,budget_s,this_rehearsal_s,last_rehearsal_s\n1,"Box, or seed",30,17,30,\n')
})
