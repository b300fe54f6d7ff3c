import type { ReadingNode, ReadingSlide } from './reading-page.ts'
import type { Talk } from './talk.ts'
/**
 * Writes the reading page into a build that has just been written (node/finish-site.ts, in the
 * build's own process): each slide pictured at its last click (WebP, sized for 2× phones), its
 * text as the picture's text alternative (charts included), and read/index.html rendered by
 * addon/node/reading-page.ts. The service worker, written after it, caches the page and its pictures.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SCREEN_FACES } from '../shared/font.ts'
import { wordsFor } from '../shared/words.ts'
import { openBuiltSite, showFinalSlide } from './built-site.ts'
import { READING_PATH, readingPageHtml } from './reading-page.ts'
import { NO_ADDRESS, siteAddress } from './site-address.ts'
import { handoutParagraphs } from './talk.ts'

/** Picture width in pixels: a 390 px phone column at 2.5×, the 896 px desktop column at 1×; light on a phone plan */
const IMAGE_WIDTH = 960
const WEBP_QUALITY = 0.82

// Run in the page as source text: what a screen reader would read of the slide — visible text,
// the labels of charts and pictures, screen-reader-only text; nothing aria-hidden.
const SLIDE_TEXT = `(root) => {
  const out = []
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { out.push(node.textContent); return }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    if (node.getAttribute('aria-hidden') === 'true') { out.push(' '); return } // a separator drawn, not read
    const style = getComputedStyle(node)
    if (style.display === 'none' || style.visibility === 'hidden') return
    const label = node.getAttribute('aria-label')
    if (node.tagName === 'CANVAS' || node.tagName === 'IMG' || node.getAttribute('role') === 'img' || node instanceof SVGElement) {
      out.push(' ', label || node.getAttribute('alt') || '', ' ')
      return
    }
    // CSS-generated separators (the "·" between sources) are read too; boxes are words apart
    const generated = (which) => { const c = getComputedStyle(node, which).content; return /^".*"$/.test(c) ? ' ' + JSON.parse(c) + ' ' : '' }
    const spaced = ['marginLeft', 'marginRight', 'paddingLeft', 'paddingRight'].some(side => parseFloat(style[side]) > 0)
    const box = style.display !== 'inline' || spaced ? ' ' : ''
    out.push(box, generated('::before'))
    node.childNodes.forEach(walk)
    out.push(generated('::after'), box)
  }
  walk(root)
  return out.join('').replace(/\\s+/g, ' ').trim()
}`

// Run in the page as source text: the slide's text structure for the reading page, as a plain tree
// (addon/node/reading-page.ts renders it, escaped). Taken: what the slide marks `data-reading`
// (even if hidden on the slide, such as a chart's table of numbers), tables (HTML or ARIA), lists,
// figures and sections, outermost only; then any link left outside them. Kept: headings, paragraphs,
// lists, tables, links (http and https), quotes, times, emphasis, text; dropped: what the slide marks
// `data-reading-skip` (the kit's links to other editions), pictures, SVG,
// canvases, controls, aria-hidden and hidden parts, attributes, classes and styles.
const SLIDE_PARTS = `(root) => {
  const PICK = '[data-reading], table, [role="table"], figure, section, ol, ul, dl'
  const ROLE = { table: 'table', row: 'tr', columnheader: 'th', rowheader: 'th', cell: 'td' }
  const KEEP = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'STRONG', 'EM', 'B', 'I', 'Q', 'TIME', 'CODE', 'BLOCKQUOTE', 'FIGCAPTION'])
  const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'CANVAS', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NOSCRIPT'])
  const shown = (el, forced) => {
    if (el.getAttribute('aria-hidden') === 'true') return false
    if (forced) return true
    const style = getComputedStyle(el)
    return style.display !== 'none' && style.visibility !== 'hidden'
  }
  const generated = (el, which) => { const c = getComputedStyle(el, which).content; return /^".*"$/.test(c) ? JSON.parse(c) : '' }
  const clean = (node, forced) => {
    if (node.nodeType === Node.TEXT_NODE) return [node.textContent]
    if (node.nodeType !== Node.ELEMENT_NODE || DROP.has(node.tagName) || node instanceof SVGElement || node.hasAttribute('data-reading-skip')) return []
    forced = forced || node.hasAttribute('data-reading')
    if (!shown(node, forced)) return []
    const style = getComputedStyle(node)
    const inner = []
    const before = generated(node, '::before'), after = generated(node, '::after')
    if (before) inner.push(before)
    // children of a flex or grid box are apart by its gap, not by spaces: words apart here
    const gapped = /flex|grid/.test(style.display)
    node.childNodes.forEach(c => inner.push(...(gapped ? [' ', ...clean(c, forced), ' '] : clean(c, forced))))
    if (after) inner.push(after)
    const tag = ROLE[node.getAttribute('role')] || (KEEP.has(node.tagName) ? node.tagName.toLowerCase() : '')
    if (!tag && node.tagName === 'SPAN' && style.display === 'inline' && Number(style.fontWeight) >= 700 && !node.closest('h1, h2, h3, h4, h5, h6, th, strong, b'))
      return [{ tag: 'strong', attrs: {}, children: inner }, ' '] // a bold name (a source's publisher)
    if (!tag) {
      // a box that is not kept: its content, words apart from its neighbours
      const spaced = style.display !== 'inline' || ['marginLeft', 'marginRight', 'paddingLeft', 'paddingRight'].some(side => parseFloat(style[side]) > 0)
      return spaced ? [' ', ...inner, ' '] : inner
    }
    const attrs = {}
    if (tag === 'a') {
      const href = node.href
      if (!/^https?:/.test(href)) return inner
      attrs.href = href
    }
    if (tag === 'ol' && node.getAttribute('start')) attrs.start = node.getAttribute('start')
    if (tag === 'time' && node.getAttribute('datetime')) attrs.datetime = node.getAttribute('datetime')
    if (tag === 'th' && node.getAttribute('scope')) attrs.scope = node.getAttribute('scope')
    return [{ tag, attrs, children: inner }]
  }
  const picked = [...root.querySelectorAll(PICK)].filter(el => { const outer = el.parentElement && el.parentElement.closest(PICK); return !outer || !root.contains(outer) })
  const parts = picked.map(el => ({ tag: 'part', attrs: {}, children: clean(el, false) })).filter(p => p.children.some(c => typeof c !== 'string' || c.trim()))
  const links = [...root.querySelectorAll('a[href]')].filter(a => /^https?:/.test(a.href) && !a.closest('[data-reading-skip]') && !picked.some(p => p.contains(a)) && shown(a, false))
  if (links.length) parts.push({ tag: 'links', attrs: {}, children: links.map(a => ({ tag: 'li', attrs: {}, children: clean(a, false) })) })
  return parts
}`

// Run in a blank page: PNG (base64) → WebP of the given width (base64).
const TO_WEBP = `async ([png, width, quality]) => {
  const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + png)).blob())
  const height = Math.round(bitmap.height * width / bitmap.width)
  const canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d')
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(bitmap, 0, 0, width, height)
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/webp', quality })).arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { webp: btoa(binary), width, height }
}`

const plain = (s: string) => s.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()

const SCREEN_FACE_FILE = new RegExp(`pretendard-(?:${SCREEN_FACES.join('|')})-[\\w-]+\\.woff2`)

/** The build's @font-face rules for the deck's font cut, as written into its CSS (paths already under the base). */
function deckFontFaces(dir: string): { css: string, files: string[] } {
  const assets = join(dir, 'assets')
  const rules = new Set<string>()
  for (const name of readdirSync(assets).filter(n => n.endsWith('.css'))) {
    for (const rule of readFileSync(join(assets, name), 'utf8').match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      // the screen faces only: the print faces are named for printing pages alone, and not cached
      if (SCREEN_FACE_FILE.test(rule))
        rules.add(rule)
    }
  }
  const files = [...new Set([...rules].flatMap(r => Array.from(r.matchAll(/url\(([^)]+\.woff2)\)/g), m => m[1]!)))]
  return { css: [...rules].join('\n'), files }
}

export interface ReadingBuild {
  talk: Talk
  dir: string
  base: string
  hash: boolean
  pdf?: string
  /** the talk's editions in this site (node/talk.ts, editionSites) */
  editions?: { lang: string, base: string, current: boolean }[]
}

export async function writeReadingPage({ talk, dir, base, hash, pdf: pdfName, editions = [] }: ReadingBuild): Promise<void> {
  const { deck, words } = talk
  const head = deck.headmatter
  const address = siteAddress(base)
  if (!address)
    console.warn(`  reading page: ${NO_ADDRESS}`)
  const fonts = deckFontFaces(dir)
  if (!fonts.files.length)
    throw new Error(`${dir}/assets has no @font-face rule for the deck's font cut`)

  const site = await openBuiltSite(dir, base)
  try {
    // the slide drawn at the picture's own width: text rendered at that size, not scaled down
    const page = await site.browser.newPage({ viewport: { width: IMAGE_WIDTH, height: Math.round(IMAGE_WIDTH * 9 / 16) } })
    const encoder = await site.browser.newPage()
    const slides: ReadingSlide[] = []
    // pictures of an earlier run on this build go (their names carry their content's hash)
    for (const name of readdirSync(join(dir, 'assets')).filter(n => /^read-\d+-\w+\.webp$/.test(n))) rmSync(join(dir, 'assets', name))
    for (const [i, s] of deck.slides.entries()) {
      const no = i + 1
      const slide = await showFinalSlide(page, site.url, no, hash)
      const alt = await slide.evaluate(`(${SLIDE_TEXT})(document.querySelector('.slidev-page-${no}'))`) as string
      const parts = await slide.evaluate(`(${SLIDE_PARTS})(document.querySelector('.slidev-page-${no}'))`) as ReadingNode[]
      const png = (await slide.screenshot({ type: 'png' })).toString('base64')
      const image = await encoder.evaluate(`(${TO_WEBP})(${JSON.stringify([png, IMAGE_WIDTH, WEBP_QUALITY])})`) as { webp: string, width: number, height: number }
      const bytes = Buffer.from(image.webp, 'base64')
      const file = `assets/read-${no}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.webp`
      writeFileSync(join(dir, file), bytes)
      const title = plain(s.title ?? '') || words.slide(no)
      slides.push({ no, title, paragraphs: handoutParagraphs(s.note), parts, image: { src: `${base}${file}`, width: image.width, height: image.height, alt: alt || title } })
    }
    const seo = (head.seoMeta ?? {}) as Record<string, string | undefined>
    // an edition's address: absolute when the site's is known (this edition's address less its own folder)
    const siteBase = editions[0]?.base ?? base
    const siteRoot = address && address.root.slice(0, address.root.length - (base.length - siteBase.length))
    const editionRoot = (b: string) => siteRoot ? `${siteRoot}${b.slice(siteBase.length)}` : b
    const html = readingPageHtml({
      colours: talk.colours,
      lang: talk.lang,
      words,
      favicon: deck.config.favicon && /^\/[^/]/.test(deck.config.favicon) ? `${base}${deck.config.favicon.slice(1)}` : deck.config.favicon || undefined,
      title: String(head.title),
      description: seo.ogDescription ?? plain(String(head.info ?? '')),
      base,
      hash,
      siteRoot: address?.root,
      fontFaces: fonts.css,
      preloadFonts: fonts.files,
      pdf: pdfName ? { href: `${base}${pdfName}` } : undefined,
      // every edition's reading page, this one's included (hreflang alternates name themselves too)
      editions: editions.length > 1 ? editions.map(e => ({ lang: e.lang, name: wordsFor(e.lang).name, href: `${editionRoot(e.base)}${READING_PATH}`, current: e.current })) : [],
      ogImage: address && seo.ogImage ? new URL(seo.ogImage.replace(/^\//, ''), address.root).href : undefined,
      slides,
    })
    mkdirSync(join(dir, READING_PATH), { recursive: true })
    writeFileSync(join(dir, READING_PATH, 'index.html'), html)
    const imageBytes = slides.reduce((n, s) => n + statSync(join(dir, s.image.src.slice(base.length))).size, 0)
    console.log(`  ✓ reading page: ${dir}/${READING_PATH}index.html (${slides.length} slides, pictures ${(imageBytes / 1024).toFixed(0)} KB)`)
  }
  finally {
    await site.close()
  }
}
