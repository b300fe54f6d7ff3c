// The deck's font cut: three disjoint faces that together hold every character the deck shows,
// and the files it ships can draw each of them (read from their character maps).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { cacheRoot, cutGaps, deckCharacters, unicodeRange, writeDeckFont } from 'slidev-addon-talk-kit/deck-font'
import { DEV_FALLBACK_CSS, PRINT_FAMILY, PRINT_WEIGHTS, SCREEN_FAMILY, staticFile, VARIABLE_FILE } from 'slidev-addon-talk-kit/font'
import { essayParagraphs, essayTitle, kitTalk, root } from './deck.ts'

const talk = await kitTalk()
const sets = deckCharacters(talk)

test('the cover, slides and notes faces share no character', () => {
  const [cover, slides, notes] = [sets.cover, sets.slides, sets.notes].map(s => new Set(s))
  for (const ch of slides!) expect(cover!.has(ch), `"${ch}" is in two faces`).toBe(false)
  for (const ch of notes!) expect(cover!.has(ch) || slides!.has(ch), `"${ch}" is in two faces`).toBe(false)
})

test('together they hold every character of the essay, the notes, the slides\' text and the kit\'s Korean words', () => {
  const all = new Set(sets.cover + sets.slides + sets.notes)
  const kit = talk.words
  const text = [essayTitle(), ...essayParagraphs(), ...talk.deck.slides.map(s => `${s.title ?? ''}${s.note ?? ''}`), kit.reading.toc, kit.reading.skip, kit.reading.footer(''), kit.pace.waiting, kit.backToLive].join('')
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

test('the files the font module names are in the installed package', () => {
  const require = createRequire(import.meta.url)
  for (const file of [VARIABLE_FILE, DEV_FALLBACK_CSS, ...PRINT_WEIGHTS.map(staticFile)])
    expect(existsSync(require.resolve(file)), file).toBe(true)
})

test('the headmatter\'s fonts name the screen family', () => {
  const fonts = talk.deck.headmatter.fonts as Record<string, string>
  expect(fonts.sans).toBe(SCREEN_FAMILY)
  expect(fonts.serif).toBe(SCREEN_FAMILY)
})

test('the cut is written under node_modules/.cache, declares every face and weight, and its files draw every character asked of them', async () => {
  test.setTimeout(120_000)
  const font = await writeDeckFont(talk)
  for (const file of [font.css, font.devCss]) {
    expect(relative(cacheRoot(root), file).startsWith('..'), file).toBe(false)
    expect(existsSync(file)).toBe(true)
  }
  const css = readFileSync(font.css, 'utf8')
  for (const face of ['cover', 'slides', 'notes']) expect(css).toContain(`pretendard-${face}.woff2`)
  for (const weight of PRINT_WEIGHTS) expect(css).toMatch(new RegExp(`font-family: '${PRINT_FAMILY}';[^}]*font-weight: ${weight};`))
  expect(await cutGaps(talk, font)).toEqual({})
})
