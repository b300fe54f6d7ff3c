// The deck's font cut: three disjoint faces that together hold every character the deck shows.
import { expect, test } from '@playwright/test'
import { deckCharacters, unicodeRange } from '../lib/deck-font.ts'
import { root } from '../scripts/deck.ts'
import { essayParagraphs, essayTitle, loadDeck } from './deck.ts'

const sets = await deckCharacters(root)

test('the cover, slides and notes faces share no character', () => {
  const [cover, slides, notes] = [sets.cover, sets.slides, sets.notes].map(s => new Set(s))
  for (const ch of slides!) expect(cover!.has(ch), `"${ch}" is in two faces`).toBe(false)
  for (const ch of notes!) expect(cover!.has(ch) || slides!.has(ch), `"${ch}" is in two faces`).toBe(false)
})

test('together they hold every character of the essay, the notes and the slides\' text', async () => {
  const all = new Set(sets.cover + sets.slides + sets.notes)
  const deck = await loadDeck()
  const text = [essayTitle(), ...essayParagraphs(), ...deck.slides.map(s => `${s.title ?? ''}${s.note ?? ''}`)].join('')
  const missing = [...new Set(text)].filter(c => c.codePointAt(0)! >= 0x20 && !all.has(c))
  expect(missing).toEqual([])
})

test('the cover\'s face holds the talk\'s title and stays small', () => {
  for (const ch of essayTitle()) expect(sets.cover).toContain(ch)
  expect([...sets.cover].length).toBeLessThan(120)
})

test('unicode-range folds consecutive code points', () => {
  expect(unicodeRange('cab가')).toBe('U+61-63, U+AC00')
  expect(unicodeRange('')).toBe('')
})
