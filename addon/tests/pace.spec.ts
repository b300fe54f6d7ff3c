// The pace plan's arithmetic (addon/shared/pace.ts): budgets fill the talk to the second, follow the
// notes' length, and the words for ahead and behind.
import { expect, test } from '@playwright/test'
import { behindBy, paceBudgets, rehearsalCsv, SHOWN_ONLY_SECONDS, spokenLength, standingWords } from '../shared/pace.ts'

test('budgets sum to the duration exactly, in proportion to the notes; slides without notes are shown for a fixed time', () => {
  const { budgets, scale } = paceBudgets([100, 200, 0, 33], 600, 300)
  expect(budgets.reduce((a, b) => a + b, 0)).toBe(600)
  expect(budgets[2]).toBe(SHOWN_ONLY_SECONDS)
  expect(budgets[1]! / budgets[0]!).toBeCloseTo(2, 1)
  // 333 syllables at 300 a minute is 66.6 s, given 580 s
  expect(scale).toBeCloseTo(580 / 66.6, 2)
})

test('a syllable is a Hangul block, a letter or a digit; spaces and punctuation are not', () => {
  expect(spokenLength('머스크의 상처, 2015년!')).toBe(11)
  expect(spokenLength('OpenAI')).toBe(6)
})

test('ahead or behind: elapsed time against the planned start of the slide and what of its budget is used', () => {
  const budgets = [20, 60, 30]
  expect(behindBy(budgets, 1, 10, 10)).toBe(0)
  expect(behindBy(budgets, 1, 30, 30)).toBe(10)
  expect(behindBy(budgets, 3, 60, 0)).toBe(-20)
  expect(standingWords(0)).toBe('제시간')
  expect(standingWords(65)).toBe('1:05 늦음')
  expect(standingWords(-20)).toBe('0:20 빠름')
})

test('the rehearsal\'s CSV quotes titles with commas and leaves times not recorded empty', () => {
  const csv = rehearsalCsv([{ no: 1, title: '상자인가, 씨앗인가', length: 30, budget: 17 }], [30.4], null)
  expect(csv).toBe('slide,title,notes_syllables,budget_s,this_rehearsal_s,last_rehearsal_s\n1,"상자인가, 씨앗인가",30,17,30,\n')
})
