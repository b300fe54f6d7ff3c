// The English edition is the Korean one in other words: the same slides, clicks, charts and
// citations beat for beat; its notes are the essay's translation paragraph by paragraph; and no
// Korean reaches an English slide but a Korean source's own title, glossed (no browser: npm run check).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { spokenParagraphs } from 'slidev-addon-talk-kit/talk'
import { clickMarkers, EDITIONS, essayParagraphs, kitTalk, root, spokenText } from './deck.ts'

const [ko, en] = await Promise.all(EDITIONS.map(e => kitTalk(e.entry)))
const HANGUL = /\p{Script=Hangul}/u

/** What a slide is made of, whatever its words: layout, class, clicks, the components it uses and what it cites. */
function shape(slide: (typeof ko)['deck']['slides'][number]) {
  return {
    layout: slide.frontmatter.layout,
    class: slide.frontmatter.class,
    clicks: clickMarkers(slide.note),
    components: Array.from(slide.content.matchAll(/<([A-Z]\w*)\b/g), m => m[1]),
    vClicks: slide.content.match(/\bv-clicks?\b|<v-clicks?\b/g)?.length ?? 0,
    cites: Array.from(slide.content.matchAll(/\bcites="([^"]+)"/g), m => m[1]),
  }
}

test('both editions have the same slides: layouts, classes, clicks, components and citations, one for one', () => {
  expect(en!.deck.slides).toHaveLength(ko!.deck.slides.length)
  for (const [i, slide] of ko!.deck.slides.entries())
    expect(shape(en!.deck.slides[i]!), `slide ${i + 1} (${slide.title})`).toEqual(shape(slide))
})

test('each English slide carries the translation of the paragraphs its Korean slide carries, verbatim, in order', () => {
  const [koParagraphs, enParagraphs] = [essayParagraphs('ko'), essayParagraphs('en')]
  expect(enParagraphs).toHaveLength(koParagraphs.length)
  for (const [i, slide] of ko!.deck.slides.entries()) {
    const koNotes = spokenText(slide.note)
    const enNotes = spokenText(en!.deck.slides[i]!.note)
    const carried = koParagraphs.flatMap((p, n) => koNotes.includes(p) ? [n] : [])
    for (const n of carried) expect(enNotes, `slide ${i + 1}: paragraph ${n + 1}`).toContain(enParagraphs[n])
    expect(enParagraphs.flatMap((p, n) => enNotes.includes(p) ? [n] : []), `slide ${i + 1}: no other paragraph`).toEqual(carried)
  }
})

test('the presenter\'s own words are marked in each edition\'s language, on the same slides', () => {
  for (const [i, slide] of ko!.deck.slides.entries()) {
    const marked = (note: string | undefined, mark: string) => spokenText(note).startsWith(mark)
    expect(marked(en!.deck.slides[i]!.note, en!.presenterMark!), `slide ${i + 1}`).toBe(marked(slide.note, ko!.presenterMark!))
  }
  expect(en!.presenterMark).not.toMatch(HANGUL)
  // the pace leaves the mark out in each language
  const since = en!.deck.slides.find(s => spokenText(s.note).startsWith(en!.presenterMark!))!
  expect(spokenParagraphs(since.note, en!.presenterMark).join(' ')).not.toContain(en!.presenterMark!)
})

test('no Hangul on the English slides: their markup, notes and headmatter', () => {
  const files = ['slides.en.md', ...readdirSync(join(root, 'pages/en')).map(f => `pages/en/${f}`)]
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n').flatMap((l, n) => HANGUL.test(l) ? [`${file}:${n + 1}: ${l.trim()}`] : [])
    expect(lines).toEqual([])
  }
})

/** Every `{ ko, en }` pair in a module's exports, with where it is. */
function wordPairs(value: unknown, where: string, seen = new Set<unknown>()): { where: string, ko: string, en: string }[] {
  if (!value || typeof value !== 'object' || seen.has(value))
    return []
  seen.add(value)
  const keys = Object.keys(value)
  if (keys.length === 2 && keys.includes('ko') && keys.includes('en')) {
    const w = value as { ko: unknown, en: unknown }
    if (typeof w.ko === 'string' && typeof w.en === 'string')
      return [{ where, ko: w.ko, en: w.en }]
  }
  return Object.entries(value).flatMap(([k, v]) => wordPairs(v, `${where}.${k}`, seen))
}

test('every word the data holds has its English, with no Hangul in it; a Korean source\'s title has an English gloss', async () => {
  const modules = readdirSync(join(root, 'data')).filter(f => f.endsWith('.ts') && f !== 'types.ts')
  const pairs: ReturnType<typeof wordPairs> = []
  const sources: { where: string, title: unknown, gloss?: unknown, described?: unknown }[] = []
  for (const file of modules) {
    const mod = await import(join(root, 'data', file)) as Record<string, unknown>
    pairs.push(...wordPairs(mod, file))
    const walk = (v: unknown, where: string, seen = new Set<unknown>()): void => {
      if (!v || typeof v !== 'object' || seen.has(v))
        return
      seen.add(v)
      if ('url' in v && 'title' in v && 'publisher' in v)
        sources.push({ where, ...(v as { title: unknown }) })
      Object.entries(v).forEach(([k, x]) => walk(x, `${where}.${k}`, seen))
    }
    walk(mod, file)
  }
  expect(pairs.length).toBeGreaterThan(100)
  expect(pairs.filter(p => !p.en.trim() || HANGUL.test(p.en)).map(p => `${p.where}: ${p.en}`)).toEqual([])
  const korean = sources.filter(s => typeof s.title === 'string' && HANGUL.test(s.title))
  expect(korean.length, 'Korean sources (glossed on English slides)').toBeGreaterThan(0)
  expect(korean.filter(s => typeof s.gloss !== 'string' || !s.gloss || HANGUL.test(s.gloss)).map(s => s.where)).toEqual([])
})
