// How the kit reads a talk (node/talk.ts): its editions from package.json, where each lives in a
// site, and the headmatter's options, with a clear error for each mistake a user can make.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { editions, editionSites, entryFor, KitError, talkOf } from '../node/talk.ts'

function talkFolder(pkg: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'talk-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  return `${dir}/`
}

test('a talk that lists no editions has one, Slidev\'s default entry', () => {
  const root = talkFolder({ name: 't' })
  expect(editions(root)).toEqual([{ lang: '', entry: 'slides.md' }])
  expect(entryFor(undefined, root)).toBe(join(root, 'slides.md'))
  expect(() => entryFor('en', root)).toThrow(KitError)
  expect(() => entryFor('en', root)).toThrow(/no such edition \(it lists none/)
})

test('editions in package.json order: the first is the default, --lang picks one, an unknown one is named', () => {
  const root = talkFolder({ talkKit: { editions: { ko: 'slides.md', en: 'slides.en.md' } } })
  expect(editions(root).map(e => e.lang)).toEqual(['ko', 'en'])
  expect(entryFor(undefined, root)).toBe(join(root, 'slides.md'))
  expect(entryFor('en', root)).toBe(join(root, 'slides.en.md'))
  expect(() => entryFor('fr', root)).toThrow(/--lang fr: this talk has no such edition \(its editions: ko, en\)/)
})

test('a malformed editions list is a clear error', () => {
  expect(() => editions(talkFolder({ talkKit: { editions: { English: 'slides.en.md' } } }))).toThrow(/"English"/)
  expect(() => editions(talkFolder({ talkKit: { editions: { en: 'slides.en.txt' } } }))).toThrow(/a deck's \.md entry/)
})

test('in a site, the default edition is at the base and each other under <lang>/, from either edition\'s build', () => {
  const root = talkFolder({ talkKit: { editions: { ko: 'slides.md', en: 'slides.en.md' } } })
  const expected = (current: string) => [{ lang: 'ko', base: '/talk/', current: current === 'ko' }, { lang: 'en', base: '/talk/en/', current: current === 'en' }]
  expect(editionSites(join(root, 'slides.md'), '/talk/', root)).toEqual(expected('ko'))
  expect(editionSites(join(root, 'slides.en.md'), '/talk/en/', root)).toEqual(expected('en'))
  // the English edition on its own (its dev server at /): no others beside it
  expect(editionSites(join(root, 'slides.en.md'), '/', root)).toEqual([{ lang: 'en', base: '/', current: true }])
})

test('the headmatter\'s colours must be colours; the focus ring follows the accent unless named', () => {
  const deck = (talkKit: object) => ({ slides: [], headmatter: { talkKit }, config: { lang: 'en' } as never })
  expect(talkOf('/t/', '/t/slides.md', deck({ colours: { accent: '#123456' } })).colours.focus).toBe('#123456')
  expect(() => talkOf('/t/', '/t/slides.md', deck({ colours: { ink: 'navy' } }))).toThrow(/talkKit\.colours: ink: navy/)
  expect(() => talkOf('/t/', '/t/slides.md', deck({ colours: { ink: '#000000', shadow: '#000000' } }))).toThrow(/shadow/)
})
