// The reading page as rendered (node/reading-page.ts): a slide's text comes out escaped, from a
// fixed list of tags and attributes; links follow the build's router; its words and language are
// the deck's.
import { expect, test } from '@playwright/test'
import { readingPageHtml, readingPartsHtml } from '../node/reading-page.ts'
import { DEFAULT_COLOURS } from '../node/talk.ts'
import { wordsFor } from '../shared/words.ts'

function page(lang: string, hash: boolean) {
  return readingPageHtml({
    colours: DEFAULT_COLOURS,
    lang,
    words: wordsFor(lang),
    title: 'A talk',
    description: 'd',
    base: '/talk/',
    hash,
    fontFaces: '',
    preloadFonts: [],
    slides: [{ no: 7, title: 't', paragraphs: ['One.'], image: { src: '/talk/x.webp', width: 960, height: 540, alt: 'a' } }],
  })
}

test('a slide\'s parts are rendered escaped, with no script, event handler or script link', () => {
  expect(readingPartsHtml([{ tag: 'part', attrs: {}, children: [
    { tag: 'script', attrs: {}, children: ['alert(1)'] },
    { tag: 'a', attrs: { href: 'javascript:alert(1)' }, children: ['x'] },
    { tag: 'a', attrs: { href: 'https://example.org/?a=1&b="2"', onclick: 'x()' }, children: ['<b>y</b>'] },
  ] }])).toBe('<div class="part">alert(1)x<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">&lt;b&gt;y&lt;/b&gt;</a></div>')
})

test('links to the deck follow the build\'s router: /talk/7, or /talk/#/7 in a hash build', () => {
  expect(page('en', false)).toContain('href="/talk/7"')
  expect(page('en', true)).toContain('href="/talk/#/7"')
})

test('the page is in the deck\'s language, with the kit\'s words in it', () => {
  const en = page('en', false)
  expect(en).toContain('<html lang="en">')
  expect(en).toContain(wordsFor('en').reading.toc)
  const ko = page('ko', false)
  expect(ko).toContain('<html lang="ko">')
  expect(ko).toContain(wordsFor('ko').reading.toc)
  expect(ko).not.toContain(wordsFor('en').reading.toc)
})
