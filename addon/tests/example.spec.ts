// The example deck (example/): a deck the kit has never seen, with no option of the kit set, checked
// with no browser: the font cut draws every character it shows, in English (the deck's language),
// and its pace plan times its notes in words.
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { cutGaps, deckCharacters, writeDeckFont } from '../node/deck-font.ts'
import { pacePlan } from '../node/pace.ts'
import { DEFAULT_COLOURS, loadTalk } from '../node/talk.ts'

// a path, not a URL's: the folder may be named with Hangul or spaces
const root = fileURLToPath(new URL('../example/', import.meta.url))
const talk = await loadTalk(`${root}slides.md`, root)

test('the kit reads the deck with nothing set: English words, its default colours, no presenter\'s mark', () => {
  expect(talk.lang).toBe('en')
  expect(talk.words.lang).toBe('en')
  expect(talk.colours).toEqual(DEFAULT_COLOURS)
  expect(talk.presenterMark).toBeUndefined()
})

test('the font cut holds the deck\'s text, its chart\'s words (a component it imports) and the kit\'s English, and draws all of it', async () => {
  test.setTimeout(60_000)
  const sets = deckCharacters(talk)
  const all = sets.cover + sets.slides + sets.notes
  for (const text of ['Small Numbers', 'Cups of tea a day', 'Every chart says', talk.words.reading.toc, talk.words.pace.waiting])
    expect([...text].filter(c => c.trim() && !all.includes(c)), text).toEqual([])
  expect(all).not.toMatch(/\p{Script=Hangul}/u)
  expect(await cutGaps(talk, await writeDeckFont(talk))).toEqual({})
})

test('the pace plan counts words at the English rate and fills the deck\'s duration', () => {
  const plan = pacePlan(talk)
  expect(plan.rate.unit).toBe('words')
  expect(plan.duration).toBe(180)
  expect(plan.slides.reduce((a, s) => a + s.budget, 0)).toBe(180)
  expect(plan.slides.map(s => s.length)).toEqual(talk.deck.slides.map(s => (s.note ?? '').replace(/\[click\]/g, '').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)!.length))
})
