// The essay is the talk: every body paragraph, verbatim, once, in order, in the speaker notes; in
// the English edition, the essay's translation.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { handoutParagraphs, loadTalk, spokenParagraphs } from 'slidev-addon-talk-kit/talk'
import { factCheck } from '../data/factcheck.ts'
import { clickMarkers, EDITIONS, essayParagraphs, root, spokenText } from './deck.ts'

for (const edition of EDITIONS) {
  const talk = await loadTalk(`${root}${edition.entry}`, root)
  const deck = talk.deck
  // the headmatter's talkKit.presenterMark: the kit keeps it visible and leaves it out of the pace
  const PRESENTER_MARK = talk.presenterMark!
  const notes = deck.slides.map(s => spokenText(s.note))
  const paragraphs = essayParagraphs(edition.lang)

  test.describe(`${edition.entry}`, () => {
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

    /** A slide whose notes are the presenter's own words: one paragraph, opened by the mark, with no essay text in it. */
    const presenterNote = (n: string) => n.startsWith(`${PRESENTER_MARK} `)

    test('the notes add nothing to the essay but short bracketed stage cues, or one marked block of the presenter\'s own', () => {
      for (const [i, n] of notes.entries()) {
        const raw = deck.slides[i]!.note ?? ''
        if (presenterNote(n)) {
          expect(paragraphs.some(p => n.includes(p)), `slide ${i + 1}: the presenter's block carries essay text`).toBe(false)
          expect(n.split(PRESENTER_MARK).length - 1, `slide ${i + 1}: the mark once, at the start`).toBe(1)
          expect(handoutParagraphs(raw), `slide ${i + 1}: the presenter's block is one paragraph, shown with its mark`).toEqual([n])
          continue
        }
        expect(n.includes(PRESENTER_MARK), `slide ${i + 1}: the mark opens a slide's notes, or is not there`).toBe(false)
        let rest = n
        for (const p of paragraphs) rest = rest.split(p).join(' ')
        rest = rest.replace(/\[[^\]\n]{1,40}\]/g, ' ').trim()
        expect(rest, `slide ${i + 1}'s notes have words that are not the essay's`).toBe('')
      }
    })

    test('the presenter\'s own notes come only after the essay\'s close, and the pace plan counts them without the mark', () => {
      const lastEssaySlide = notes.findLastIndex(n => paragraphs.some(p => n.includes(p)))
      const marked = notes.flatMap((n, i) => presenterNote(n) ? [i] : [])
      expect(marked.length, 'the "그 후" beat').toBeGreaterThan(0)
      for (const i of marked) {
        expect(i, `slide ${i + 1}: presenter's notes before the essay's close`).toBeGreaterThan(lastEssaySlide)
        expect(spokenParagraphs(deck.slides[i]!.note, PRESENTER_MARK).join(' ')).toBe(notes[i]!.slice(PRESENTER_MARK.length).trim())
      }
    })

    test('click markers stand at the start of a line', () => {
      for (const [i, s] of deck.slides.entries()) {
        const anywhere = (s.note ?? '').match(/\[click(?::\d+)?\]/g)?.length ?? 0
        expect(anywhere, `slide ${i + 1} has a [click] marker inside a line`).toBe(clickMarkers(s.note))
      }
    })
  })
}

/** Every slide source and component: where the essay can be quoted on a slide. */
function slideSourceFiles(): string[] {
  const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap(e => e.isDirectory() ? walk(join(dir, e.name)) : /\.(?:md|vue)$/.test(e.name) ? [join(dir, e.name)] : [])
  return ['slides.md', 'slides.en.md', ...walk('pages'), ...walk('components')]
}

test('every quotation of the essay on a slide is the essay\'s own words, in its edition\'s language; a paraphrase says so', () => {
  const essay = { ko: essayParagraphs('ko').join('\n'), en: essayParagraphs('en').join('\n') }
  // an English page quotes the translation; a component holds both, told apart by their script
  const langOf = (file: string, text: string) => file === 'slides.en.md' || file.startsWith('pages/en/') || (file.startsWith('components/') && !/\p{Script=Hangul}/u.test(text)) ? 'en' : 'ko'
  const quotes: { where: string, lang: 'ko' | 'en', text: string }[] = factCheck.flatMap(r => (['ko', 'en'] as const).map(lang => ({ where: 'data/factcheck.ts', lang, text: r.essay[lang] })))
  for (const file of slideSourceFiles()) {
    const text = readFileSync(join(root, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '')
    for (const m of text.matchAll(/<EssayQuote\b([^>]*)>/g)) {
      const attrs = m[1]!
      if (/\bparaphrase\b/.test(attrs))
        continue
      const quoted = attrs.match(/\btext="([^"]*)"/)
      expect(quoted, `${file}: <EssayQuote${attrs}> needs a literal text="…"`).not.toBeNull()
      quotes.push({ where: file, lang: langOf(file, quoted![1]!), text: quoted![1]! })
    }
  }
  for (const lang of ['ko', 'en'] as const) expect(quotes.filter(q => q.lang === lang).length, lang).toBeGreaterThan(5)
  for (const q of quotes) expect(essay[q.lang], `${q.where}: "${q.text}" is not in the ${q.lang} essay`).toContain(q.text)
})
