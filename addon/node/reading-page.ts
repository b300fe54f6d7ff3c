/**
 * The reading page (/read/): the whole talk as one static, scrollable page — each slide as a
 * picture at its last click, its title as a heading, then its speaker notes. Plain HTML with
 * its own CSS, so a phone shows the text before any script runs and search engines can read it.
 * This module only renders; addon/node/reading.ts takes the pictures and writes the files.
 * Its own words are the kit's, in the deck's language (shared/words.ts; the font cut holds them).
 */
import type { KitWords } from '../shared/words.ts'
import type { KitColours } from './talk.ts'
import escapeHtml from 'escape-html'
import { fontStack, SCREEN_FAMILY } from '../shared/font.ts'

/** Where the reading page lives in a build, under the base. */
export const READING_PATH = 'read/'

export interface ReadingSlide {
  no: number
  title: string
  /** the paragraphs of this slide's notes (notes without click markers or stage cues) */
  paragraphs: string[]
  image: { src: string, width: number, height: number, alt: string }
  /** the slide's text structure (tables, lists, links…), taken from the built slide by addon/node/reading.ts */
  parts?: ReadingNode[]
}

/** A piece of a slide's text structure: text, or an element with its (few) attributes. Rendered escaped, from a fixed list of tags. */
export type ReadingNode = string | { tag: string, attrs: Record<string, string>, children: ReadingNode[] }

const INLINE = new Set(['a', 'strong', 'em', 'b', 'i', 'q', 'time', 'code'])
const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote'])
const ATTRS: Record<string, string[]> = { a: ['href'], ol: ['start'], time: ['datetime'], th: ['scope'] }

/** A slide's text structure as HTML: only the tags above, only their listed attributes, everything escaped. */
export function readingPartsHtml(nodes: ReadingNode[]): string {
  const e = escapeHtml
  const one = (n: ReadingNode): string => {
    if (typeof n === 'string')
      return e(n.replace(/\s+/g, ' '))
    const inner = n.children.map(one).join('')
    const heading = /^h([1-6])$/.exec(n.tag)
    if (heading) {
      const level = Math.min(6, Math.max(3, Number(heading[1]) + 1)) // under the slide's own h2
      return `<h${level}>${inner.trim()}</h${level}>`
    }
    if (n.tag === 'part')
      return `<div class="part">${inner}</div>`
    if (n.tag === 'links')
      return `<ul class="part links">${inner}</ul>`
    if (n.tag === 'figcaption') // outside its figure here; it may hold paragraphs
      return `<div>${inner.trim()}</div>`
    if (n.tag === 'a' && !/^https?:\/\//.test(n.attrs.href ?? ''))
      return inner
    if (!INLINE.has(n.tag) && !BLOCK.has(n.tag))
      return inner
    const attrs = (ATTRS[n.tag] ?? []).filter(a => n.attrs[a]).map(a => ` ${a}="${e(n.attrs[a]!)}"`).join('')
    return `<${n.tag}${attrs}>${BLOCK.has(n.tag) ? inner.trim() : inner}</${n.tag}>`
  }
  return nodes.map(one).join('\n')
}

export interface ReadingPageInput {
  /** the kit's colours (the headmatter's talkKit.colours) */
  colours: KitColours
  /** the deck's language, and the kit's words in it */
  lang: string
  words: KitWords
  /** the deck's favicon, under the base, if it has one */
  favicon?: string
  title: string
  description: string
  /** the build's base ('/' or '/talk/') */
  base: string
  /** hash-router build: the deck's slide N is base#/N */
  hash: boolean
  /** absolute site root, when known (canonical and preview links) */
  siteRoot?: string
  /** the deck's own @font-face rules (the built font cut), and the font files to preload */
  fontFaces: string
  preloadFonts: string[]
  /** the PDF beside the site, if the build has one */
  pdf?: { href: string }
  /** the reading page in each edition of the talk, this one's included (none for a talk of one edition) */
  editions?: { lang: string, name: string, href: string, current: boolean }[]
  ogImage?: string
  slides: ReadingSlide[]
}

/** The deck's address of slide `no` in a build: /7, /talk/7 or /#/7. */
export function deckSlideHref(base: string, hash: boolean, no: number): string {
  return hash ? `${base}#/${no}` : `${base}${no}`
}

function css(c: KitColours) {
  return `
:root { color-scheme: light; --ink: ${c.ink}; --muted: ${c.muted}; --accent: ${c.accent}; --paper: ${c.bg}; --line: ${c.line}; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 400 1.125rem/1.8 ${fontStack(SCREEN_FAMILY)}; word-break: keep-all; overflow-wrap: anywhere; }
a { color: var(--accent); text-underline-offset: 0.18em; }
a:focus-visible { outline: 3px solid ${c.focus}; outline-offset: 2px; }
.page { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.skip { position: absolute; left: -9999px; }
.skip:focus { position: static; }
header { padding: 1rem 0 2rem; border-bottom: 1px solid var(--line); }
.eyebrow { margin: 0; color: var(--muted); font-size: 1rem; }
h1 { font-size: clamp(1.75rem, 6vw, 2.75rem); line-height: 1.25; margin: 0.25rem 0 0.75rem; font-weight: 800; }
.lede { margin: 0 0 1.25rem; color: var(--muted); max-width: 40rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.actions a { display: inline-block; padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 999px; text-decoration: none; font-weight: 600; font-size: 1rem; }
details { font-size: 1rem; }
summary { cursor: pointer; font-weight: 600; padding: 0.5rem 0; }
.toc ol { margin: 0.25rem 0 0; padding-left: 2.25rem; }
.toc li { padding: 0.2rem 0; }
section { padding: 2.5rem 0 1rem; border-bottom: 1px solid var(--line); scroll-margin-top: 0.5rem; }
/* sections out of view are not laid out until scrolled to: a phone's first paint is the top only */
section + section { content-visibility: auto; contain-intrinsic-size: auto 60rem; }
h2 { font-size: clamp(1.3rem, 4.5vw, 1.75rem); line-height: 1.35; margin: 0 0 1rem; font-weight: 700; }
h2 .no { margin-right: 0.35em; color: var(--accent); font-variant-numeric: tabular-nums; }
figure { margin: 0 0 1.5rem; }
figure a { display: block; }
figure img { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 0.5rem; background: #fff; }
.notes { max-width: 40rem; }
/* the slide's text structure: tables, lists and links to read and follow at phone width */
.reading { max-width: 48rem; margin: 0 0 1.5rem; }
.reading .part { margin: 0 0 1.25rem; }
.reading h3, .reading h4, .reading h5, .reading h6 { font-size: 1.125rem; line-height: 1.4; margin: 1rem 0 0.5rem; font-weight: 700; }
.reading p { margin: 0 0 0.5rem; }
.reading ul, .reading ol { margin: 0 0 0.75rem; padding-left: 1.5rem; }
/* a numbered list's marker sits in the padding: room for two digits and the point (the sources run past 9) */
.reading ol { padding-left: 2.5rem; }
.reading li { margin: 0 0 0.5rem; }
.reading .links { list-style: none; padding: 0; }
/* a link alone on its line is a touch target: 24 px and more, apart from the next */
.reading .links a { display: inline-block; padding: 0.25rem 0; }
.reading table { width: 100%; border-collapse: collapse; margin: 0 0 1rem; }
.reading th, .reading td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border: 1px solid var(--line); }
.reading th { background: #fff; font-weight: 700; }
/* a chart's numbers */
.reading table:has(th[scope]) { width: auto; min-width: 16rem; }
.reading table:has(th[scope]) td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.reading q { quotes: '“' '”'; }
.reading td:first-child:has(> q) { min-width: 12rem; color: var(--muted); }
.reading a { overflow-wrap: anywhere; }
/* a wide table reads as stacked rows on a phone */
@media (max-width: 40rem) {
  .reading table:not(:has(th[scope])), .reading table:not(:has(th[scope])) tbody, .reading table:not(:has(th[scope])) tr, .reading table:not(:has(th[scope])) th, .reading table:not(:has(th[scope])) td { display: block; width: auto; }
  .reading table:not(:has(th[scope])) tr { border: 1px solid var(--line); border-radius: 0.5rem; margin: 0 0 0.75rem; padding: 0.25rem 0; }
  .reading table:not(:has(th[scope])) th, .reading table:not(:has(th[scope])) td { border: 0; padding: 0.25rem 0.75rem; text-align: left; }
  /* the header row names the columns once, as a line above the cards, not as a card of its own */
  .reading table:not(:has(th[scope])) tr:has(> th) { display: flex; flex-wrap: wrap; border: 0; padding: 0; color: var(--muted); }
  .reading table:not(:has(th[scope])) tr:has(> th) th { background: none; padding: 0 0.75rem 0 0; }
  .reading table:not(:has(th[scope])) tr:has(> th) th + th::before { content: '→ ' / ''; }
}
.notes p { margin: 0 0 1rem; }
.to-deck { margin: 1.25rem 0 0; font-size: 1rem; }
.to-deck a { display: inline-block; padding: 0.375rem 0; }
footer { padding: 2rem 0 0; color: var(--muted); font-size: 1rem; }
@media (min-width: 48rem) { .page { padding: 2.5rem 2rem 5rem; } .notes { font-size: 1.1875rem; } }
@media print {
  @page { size: A4; margin: 15mm 16mm 17mm; }
  body { background: #fff; font-size: 10.5pt; line-height: 1.65; }
  .page { max-width: none; padding: 0; }
  .actions, .toc, .to-deck, .skip, footer { display: none; }
  header { padding-top: 0; }
  h1 { font-size: 20pt; }
  section { padding: 8mm 0 4mm; border: 0; content-visibility: visible; }
  section + section { break-before: page; }
  h2 { font-size: 14pt; break-after: avoid; }
  figure { break-inside: avoid; margin-bottom: 5mm; }
  figure img { border-radius: 2mm; }
  .notes { max-width: none; }
  .notes p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
}
`
}

/** The reading page's HTML. */
export function readingPageHtml(input: ReadingPageInput): string {
  const { base, hash, slides } = input
  const w = input.words.reading
  const e = escapeHtml
  const canonical = input.siteRoot ? `${input.siteRoot}${READING_PATH}` : undefined
  const deckHref = (no: number) => deckSlideHref(base, hash, no)
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(w.title(input.title))}</title>`,
    `<meta name="description" content="${e(input.description)}">`,
    canonical && `<link rel="canonical" href="${e(canonical)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${e(input.title)}">`,
    `<meta property="og:description" content="${e(input.description)}">`,
    canonical && `<meta property="og:url" content="${e(canonical)}">`,
    input.ogImage && `<meta property="og:image" content="${e(input.ogImage)}">`,
    ...(input.editions ?? []).map(ed => `<link rel="alternate" hreflang="${e(ed.lang)}" href="${e(ed.href)}">`),
    input.ogImage && `<meta name="twitter:image" content="${e(input.ogImage)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    input.favicon && `<link rel="icon" href="${e(input.favicon)}">`,
    ...input.preloadFonts.map(f => `<link rel="preload" href="${e(f)}" as="font" type="font/woff2" crossorigin>`),
    `<style>${input.fontFaces}${css(input.colours)}</style>`,
  ].filter(Boolean).join('\n')

  const toc = slides.map(s => `<li><a href="#${s.no}">${e(s.title)}</a></li>`).join('')
  const sections = slides.map((s, i) => `
<section id="${s.no}" aria-labelledby="s${s.no}-title">
<h2 id="s${s.no}-title"><span class="no">${s.no}</span> ${e(s.title)}</h2>
<figure><a href="${e(s.image.src)}"><img src="${e(s.image.src)}" width="${s.image.width}" height="${s.image.height}" alt="${e(s.image.alt)}" ${i === 0 ? 'fetchpriority="high"' : 'loading="lazy"'} decoding="async"></a></figure>
${s.parts?.length ? `<div class="reading">\n${readingPartsHtml(s.parts)}\n</div>` : ''}
<div class="notes">
${s.paragraphs.map(p => `<p>${e(p)}</p>`).join('\n')}
</div>
<p class="to-deck"><a href="${e(deckHref(s.no))}">${e(w.slideToDeck(s.no))}</a></p>
</section>`).join('')

  const pdf = input.pdf ? `<li><a href="${e(input.pdf.href)}" download>${e(w.pdf)}</a></li>` : ''
  const others = (input.editions ?? []).filter(ed => !ed.current).map(ed => `<li><a href="${e(ed.href)}" hreflang="${e(ed.lang)}" lang="${e(ed.lang)}">${e(ed.name)}</a></li>`).join('')
  // the site's service worker (addon/node/offline.ts) caches this page and its pictures with the deck
  const offline = `if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('${base}sw.js').catch(() => {}))`

  return `<!doctype html>
<html lang="${e(input.lang)}">
<head>
${head}
</head>
<body>
<a class="skip" href="#talk">${e(w.skip)}</a>
<div class="page">
<header>
<p class="eyebrow">${e(w.eyebrow(slides.length))}</p>
<h1>${e(input.title)}</h1>
<p class="lede">${e(input.description)}</p>
<ul class="actions">
<li><a href="${e(deckHref(1))}">${e(w.toDeck)}</a></li>${pdf}${others}
</ul>
<nav class="toc" aria-label="${e(w.toc)}"><details><summary>${e(w.toc)}</summary><ol>${toc}</ol></details></nav>
</header>
<main id="talk">${sections}
</main>
<footer><p>${e(w.footer(input.title))}</p></footer>
</div>
<script>${offline}</script>
</body>
</html>
`
}
