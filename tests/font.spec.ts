// The deck's font cut: three disjoint faces that together hold every character the deck shows.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { expect, test } from '@playwright/test'
import { root } from 'slidev-addon-talk-kit/deck'
import { cacheRoot, deckCharacters, unicodeRange, writeDeckFont } from 'slidev-addon-talk-kit/deck-font'
import { DEV_FALLBACK_CSS, PRINT_FAMILY, PRINT_WEIGHTS, SCREEN_FAMILY, staticFile, VARIABLE_FILE } from 'slidev-addon-talk-kit/font'
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

test('the files the font module names are in the installed package', () => {
  const require = createRequire(import.meta.url)
  for (const file of [VARIABLE_FILE, DEV_FALLBACK_CSS, ...PRINT_WEIGHTS.map(staticFile)])
    expect(existsSync(require.resolve(file)), file).toBe(true)
})

test('the headmatter\'s fonts name the screen family, and nothing else names a Pretendard family', async () => {
  const fonts = (await loadDeck()).headmatter.fonts as Record<string, string>
  expect(fonts.sans).toBe(SCREEN_FAMILY)
  expect(fonts.serif).toBe(SCREEN_FAMILY)
  expect(PRINT_FAMILY).not.toBe(SCREEN_FAMILY)
})

test('the cut is written under node_modules/.cache, not into the source tree a dev server watches', async () => {
  test.setTimeout(120_000)
  const font = await writeDeckFont(root)
  for (const file of [font.css, font.devCss]) {
    expect(relative(cacheRoot(root), file).startsWith('..'), file).toBe(false)
    expect(existsSync(file)).toBe(true)
  }
  const css = readFileSync(font.css, 'utf8')
  // every screen face and every printed weight is declared, the print faces under the print family
  for (const face of ['cover', 'slides', 'notes']) expect(css).toContain(`pretendard-${face}.woff2`)
  for (const weight of PRINT_WEIGHTS) expect(css).toMatch(new RegExp(`font-family: '${PRINT_FAMILY}';[^}]*font-weight: ${weight};`))
  expect(existsSync(`${root}styles/generated`)).toBe(false)
})
