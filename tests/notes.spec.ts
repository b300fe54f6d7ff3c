// The essay is the talk: every body paragraph, verbatim, once, in order, in the speaker notes.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { root } from '../addon/node/deck.ts'
import { factCheck } from '../data/factcheck.ts'
import { clickMarkers, essayParagraphs, loadDeck, spokenText } from './deck.ts'

const deck = await loadDeck()
const notes = deck.slides.map(s => spokenText(s.note))
const paragraphs = essayParagraphs()

test('the essay copy in the repository has its title and 30 body paragraphs', () => {
  expect(paragraphs).toHaveLength(30)
})

test('every body paragraph is in the notes of exactly one slide, once, unaltered', () => {
  for (const [i, p] of paragraphs.entries()) {
    const hits = notes.flatMap((n, slide) => n.split(p).length - 1 > 0 ? [{ slide, count: n.split(p).length - 1 }] : [])
    expect(hits.length, `paragraph ${i + 1} ("${p.slice(0, 30)}…") is in the notes of ${hits.length} slides`).toBe(1)
    expect(hits[0]!.count, `paragraph ${i + 1} appears ${hits[0]!.count} times`).toBe(1)
  }
})

test('the notes follow the essay\'s order', () => {
  const positions = paragraphs.map((p, i) => {
    const slide = notes.findIndex(n => n.includes(p))
    expect(slide, `paragraph ${i + 1} is not in the notes`).toBeGreaterThanOrEqual(0)
    return [slide, notes[slide]!.indexOf(p)] as const
  })
  for (let i = 1; i < positions.length; i++) {
    const [s0, o0] = positions[i - 1]!
    const [s1, o1] = positions[i]!
    expect(s1 > s0 || (s1 === s0 && o1 > o0), `paragraph ${i + 1} comes before paragraph ${i} in the notes`).toBe(true)
  }
})

test('the notes add nothing to the essay but short bracketed stage cues', () => {
  for (const [i, n] of notes.entries()) {
    let rest = n
    for (const p of paragraphs) rest = rest.split(p).join(' ')
    rest = rest.replace(/\[[^\]\n]{1,40}\]/g, ' ').trim()
    expect(rest, `slide ${i + 1}'s notes have words that are not the essay's`).toBe('')
  }
})

test('click markers stand at the start of a line', () => {
  for (const [i, s] of deck.slides.entries()) {
    const anywhere = (s.note ?? '').match(/\[click(?::\d+)?\]/g)?.length ?? 0
    expect(anywhere, `slide ${i + 1} has a [click] marker inside a line`).toBe(clickMarkers(s.note))
  }
})

/** Every slide source and component: where the essay can be quoted on a slide. */
function slideSourceFiles(): string[] {
  const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? walk(join(dir, e.name)) : /\.(?:md|vue)$/.test(e.name) ? [join(dir, e.name)] : [])
  return ['slides.md', ...walk('pages'), ...walk('components')]
}

test('every quotation of the essay on a slide is the essay\'s own words; a paraphrase says so', () => {
  const essay = paragraphs.join('\n')
  const quotes: { where: string, text: string }[] = factCheck.map(r => ({ where: 'data/factcheck.ts', text: r.essay }))
  for (const file of slideSourceFiles()) {
    const text = readFileSync(join(root, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '')
    for (const m of text.matchAll(/<EssayQuote\b([^>]*)>/g)) {
      const attrs = m[1]!
      if (/\bparaphrase\b/.test(attrs))
        continue
      const quoted = attrs.match(/\btext="([^"]*)"/)
      expect(quoted, `${file}: <EssayQuote${attrs}> needs a literal text="…"`).not.toBeNull()
      quotes.push({ where: file, text: quoted![1]! })
    }
  }
  expect(quotes.length).toBeGreaterThan(5)
  for (const q of quotes) expect(essay.includes(q.text), `${q.where}: "${q.text}" is not in the essay`).toBe(true)
})
