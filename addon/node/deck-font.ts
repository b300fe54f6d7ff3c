/// <reference path="./modules.d.ts" />
import type { Plugin } from 'vite'
import type { PrintWeight, ScreenFace } from '../shared/font.ts'
import type { Talk } from './talk.ts'
/**
 * A Vite plugin that cuts Pretendard (addon/shared/font.ts) down to the characters this deck uses, once per
 * start, and serves the result as `virtual:deck-font.css`:
 * - the screen cut, the variable font in three faces split by unicode-range, so a browser fetches
 *   only what it draws —
 *     cover:  what the first slide shows (and the slide-change announcement), so the first paint
 *             waits for ~20 KB, not the whole deck (the build preloads it);
 *     slides: every other character on the slides (components and data included);
 *     notes:  the characters only the speaker notes use, fetched by the presenter view alone;
 * - the print cut, one static face per weight with every slide character, named only while
 *   printing, so PDFs carry real subset fonts instead of Type 3 glyphs.
 * The files go to node_modules/.cache/deck-font/<hash of their content>/, written whole and then
 * renamed into place: a build never touches the folder a running dev server reads.
 * While editing, characters the cut lacks come from Pretendard's dynamic-subset build until the next start.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as fontverter from 'fontverter'
import { Blob, Face } from 'harfbuzzjs'
import subsetFont from 'subset-font'
import { DEV_FALLBACK_CSS, FONT_PACKAGE, fontStack, PRINT_CLASS, PRINT_FAMILY, PRINT_WEIGHTS, SCREEN_FACES, SCREEN_FAMILY, staticFile, VARIABLE_FILE, WEIGHT_SPAN } from '../shared/font.ts'
import { tableText, wordsFor } from '../shared/words.ts'
import { qrTarget, shortAddress } from './site-qr.ts'
import { editions } from './talk.ts'

/** The addon's own folder: what it draws on the slides is cut into the font too. */
const ADDON = fileURLToPath(new URL('..', import.meta.url))
/** The addon's global layers: drawn over every slide, the cover included (the phone's reading link) */
const GLOBAL_LAYERS = ['global-bottom.vue', 'global-top.vue']
/** The addon's other parts that draw text: the presenter view's pace, its components; their words are in the table */
const KIT_PARTS = ['custom-nav-controls.vue', 'client', 'components']
/** Slidev's own folders of a deck (its components, layouts and setups), read as the deck is */
const SLIDEV_FOLDERS = ['components', 'layouts', 'setup']
const TEXT_FILE = /\.(?:md|vue|ts|js|mjs|txt)$/
const RESOLVE = ['', '.ts', '.vue', '.js', '.mjs', '/index.ts', '/index.js']

function files(path: string): string[] {
  if (!existsSync(path))
    return []
  if (!statSync(path).isDirectory())
    return TEXT_FILE.test(path) ? [path] : []
  return readdirSync(path).filter(n => n !== 'node_modules').flatMap(name => files(join(path, name)))
}

const read = (file: string) => readFileSync(file, 'utf8')

function charSet(...texts: string[]): Set<string> {
  const out = new Set<string>()
  for (const text of texts) {
    for (const ch of text) {
      if (ch.codePointAt(0)! >= 0x20)
        out.add(ch)
    }
  }
  return out
}

/** What a slide's markdown shows as text: no script, no style, no tags, no template expressions. */
function visibleText(markdown: string): string {
  return markdown.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/\{\{[\s\S]*?\}\}/g, '').replace(/<[^>]+>/g, ' ').replace(/^#+\s*/gm, '')
}

/** The local modules `content` imports, relative to `dir` (their strings can reach the slide). */
function importsOf(dir: string, content: string): string[] {
  return Array.from(content.matchAll(/(?:from|import)\s*(?:\(\s*)?['"](\.{1,2}\/[^'"]+)['"]/g), m => resolve(dir, m[1]!))
    .flatMap(p => RESOLVE.map(ext => `${p}${ext}`).filter(f => existsSync(f) && statSync(f).isFile()).slice(0, 1))
}

/** `start` and every local module it imports, at any depth, outside node_modules. */
function withImports(start: string[], seedText: { dir: string, text: string }[] = []): string[] {
  const seen = new Set<string>()
  const queue = [...start, ...seedText.flatMap(s => importsOf(s.dir, s.text))]
  while (queue.length) {
    const file = queue.pop()!
    if (seen.has(file) || file.includes(`${sep}node_modules${sep}`))
      continue
    seen.add(file)
    queue.push(...importsOf(dirname(file), read(file)))
  }
  return [...seen]
}

export type DeckCharacters = Record<ScreenFace, string>

/**
 * The deck's characters in three disjoint sets: the cover's, the other slides', the notes' own.
 * Read from the deck as Slidev parsed it: its slides (and the modules their scripts import, at any
 * depth), its Slidev folders (components, layouts, setup, and what they import: the talk's data
 * and helpers, wherever they are), its notes, and the kit's own words in the deck's language.
 * `coverExtra`: text the cover shows that no file holds (the reading page's address, known at build).
 */
export function deckCharacters(talk: Talk, coverExtra = ''): DeckCharacters {
  const { deck, root } = talk
  const [first, ...rest] = deck.slides
  const slideDir = (s: typeof first) => dirname(s?.source?.filepath ?? talk.entry)
  // the cover's face is kept to what the cover can show: Latin letters are costly in a variable font
  // (all of ASCII alone is ~36 KB), so from the modules it imports only their non-Latin text
  // (the Hangul of a date, say) and digits are taken; anything missed is still drawn, from the slides' face
  const nonLatin = (text: string) => [...text].filter(c => c.codePointAt(0)! > 0x7E).join('')
  const coverMarkdown = first?.content ?? ''
  const kitWords = tableText(talk.words)
  const coverModules = withImports([], [{ dir: slideDir(first), text: coverMarkdown }])
  // the live region's words ("Slide N / M: …") and the phone's reading link are on the cover too;
  // the presenter's name (headmatter `author:`) is drawn on the cover when set
  const editionNames = editions(root).map(e => wordsFor(e.lang).name).join('')
  const cover = charSet(' 0123456789', coverExtra, editionNames, talk.words.announce(1, 2, ''), talk.words.readingLink.text, String(deck.headmatter.title ?? ''), String(deck.headmatter.author ?? ''), visibleText(coverMarkdown), ...coverModules.map(read).map(nonLatin))
  // the description too: the reading page (addon/node/reading-page.ts) shows it
  const description = String((deck.headmatter.seoMeta as { ogDescription?: string } | undefined)?.ogDescription ?? '')
  const deckModules = withImports(SLIDEV_FOLDERS.flatMap(f => files(join(root, f))), rest.map(s => ({ dir: slideDir(s), text: s.content })))
  const kitFiles = [...GLOBAL_LAYERS, ...KIT_PARTS].flatMap(f => files(join(ADDON, f)))
  const slides = charSet(...rest.map(s => s.content), ...rest.map(s => s.title ?? ''), description, kitWords, ...[...deckModules, ...kitFiles].map(read))
  const notes = charSet(...deck.slides.map(s => s.note ?? ''))
  const minus = (a: Set<string>, ...others: Set<string>[]) => [...a].filter(c => !others.some(o => o.has(c))).sort().join('')
  return { cover: [...cover].sort().join(''), slides: minus(slides, cover), notes: minus(notes, cover, slides) }
}

/** CSS unicode-range for a set of characters, consecutive code points folded into ranges. */
export function unicodeRange(chars: string): string {
  const points = [...new Set(Array.from(chars, c => c.codePointAt(0)!))].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < points.length; i++) {
    let j = i
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++
    const hex = (n: number) => n.toString(16).toUpperCase()
    ranges.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`)
    i = j
  }
  return ranges.join(', ')
}

const screenFile = (face: ScreenFace) => `pretendard-${face}.woff2`
const printFile = (weight: PrintWeight) => `pretendard-print-${weight}.woff2`

function screenRule(face: ScreenFace, chars: string): string {
  return `/* ${face}: ${[...chars].length} characters */
@font-face {
  font-family: '${SCREEN_FAMILY}';
  font-style: normal;
  font-weight: ${WEIGHT_SPAN.min} ${WEIGHT_SPAN.max};
  font-display: swap;
  src: url(./${screenFile(face)}) format('woff2-variations'), url(./${screenFile(face)}) format('woff2');
  unicode-range: ${unicodeRange(chars)};
}`
}

function printRule(weight: PrintWeight): string {
  return `@font-face {
  font-family: '${PRINT_FAMILY}';
  font-style: normal;
  font-weight: ${weight};
  font-display: block;
  src: url(./${printFile(weight)}) format('woff2');
}`
}

/** Which family the slides use: the screen cut, or the print cut while Slidev exports or the browser prints. */
function familyRules(): string {
  // the screen cut after the print cut: a character the print cut lacks is still drawn (a test
  // finds it: it is the one Type 3 font in the PDF)
  const print = `--font-sans: ${fontStack(PRINT_FAMILY, SCREEN_FAMILY)};`
  return `:root { --font-sans: ${fontStack(SCREEN_FAMILY)}; }
html.${PRINT_CLASS} { ${print} }
html.${PRINT_CLASS}, html.${PRINT_CLASS} body, html.${PRINT_CLASS} #app { font-family: var(--font-sans); }
@media print {
  :root { ${print} }
  html, body, #app { font-family: var(--font-sans); }
}`
}

const require = createRequire(import.meta.url)
/** A file of the font package (addon/shared/font.ts names them). */
const fontFile = (specifier: string): Buffer => readFileSync(require.resolve(specifier))

/** One static weight of Pretendard cut to `text`, as woff2: a PDF embeds it as a real subset font. */
export async function staticSubset(weight: PrintWeight, text: string): Promise<Buffer> {
  return subsetFont(fontFile(staticFile(weight)), text, { targetFormat: 'woff2' })
}

/** The variable font cut to `text`, its weight axis to the weights the deck uses, as woff2. */
export async function variableSubset(text: string): Promise<Buffer> {
  return subsetFont(fontFile(VARIABLE_FILE), text, { targetFormat: 'woff2', variationAxes: { wght: WEIGHT_SPAN } })
}

export interface DeckFont {
  /** the folder holding the CSS and the font files */
  dir: string
  /** the stylesheet for builds, and the one for the dev server (with the dynamic-subset fallback first) */
  css: string
  devCss: string
  faces: Partial<Record<ScreenFace, number>>
  print: Record<PrintWeight, number>
}

/** Where the cut goes: inside node_modules, out of the source tree a dev server watches. */
export const cacheRoot = (root: string) => join(root, 'node_modules/.cache/deck-font')

export async function writeDeckFont(talk: Talk, coverExtra = ''): Promise<DeckFont> {
  const root = talk.root
  const sets = deckCharacters(talk, coverExtra)
  const names = SCREEN_FACES.filter(n => sets[n])
  const printed = sets.cover + sets.slides
  const version = String(JSON.parse(readFileSync(require.resolve(`${FONT_PACKAGE}/package.json`), 'utf8')).version)
  const rules = [familyRules(), ...names.map(n => screenRule(n, sets[n])), ...PRINT_WEIGHTS.map(printRule)].join('\n')
  // the rules name every character of each screen face; the print faces hold those of the slides
  const hash = createHash('sha256').update(`${version}\n${rules}\n${printed}`).digest('hex').slice(0, 16)
  const dir = join(cacheRoot(root), hash)
  const css = join(dir, 'deck-font.css')
  const devCss = join(dir, 'deck-font.dev.css')
  const sizes = () => ({
    faces: Object.fromEntries(names.map(n => [n, statSync(join(dir, screenFile(n))).size])),
    print: Object.fromEntries(PRINT_WEIGHTS.map(w => [w, statSync(join(dir, printFile(w))).size])) as Record<PrintWeight, number>,
  })
  if (existsSync(devCss))
    return { dir, css, devCss, ...sizes() }

  // written whole into a folder of its own, then renamed: a reader sees all of it or none
  const tmp = `${dir}.${process.pid}.tmp`
  rmSync(tmp, { recursive: true, force: true })
  mkdirSync(tmp, { recursive: true })
  for (const name of names) writeFileSync(join(tmp, screenFile(name)), await variableSubset(sets[name]))
  for (const weight of PRINT_WEIGHTS) writeFileSync(join(tmp, printFile(weight)), await staticSubset(weight, printed))
  const header = `/* generated by addon/node/deck-font.ts from the deck's text (${hash}); do not edit */`
  writeFileSync(join(tmp, 'deck-font.css'), `${header}\n${rules}\n`)
  // while editing, Pretendard's own slices first: the cut's faces, declared after, win for their characters
  writeFileSync(join(tmp, 'deck-font.dev.css'), `${header}\n@import '${require.resolve(DEV_FALLBACK_CSS)}';\n${rules}\n`)
  try {
    renameSync(tmp, dir)
  }
  catch (error) {
    // another process (a dev server and a build started together) wrote the same cut first
    rmSync(tmp, { recursive: true, force: true })
    if (!existsSync(devCss))
      throw error
  }
  pruneCache(root, hash)
  return { dir, css, devCss, ...sizes() }
}

/** The characters a font file holds, read from its character map. */
export async function fontCharacters(file: string): Promise<Set<string>> {
  const sfnt = await fontverter.convert(readFileSync(file), 'sfnt')
  return new Set(Array.from(new Face(new Blob(sfnt), 0).collectUnicodes(), u => String.fromCodePoint(u)))
}

/**
 * What the deck shows that the cut it ships cannot draw, face by face: characters the deck asked a
 * face for that the written file lacks (Pretendard has no glyph for them), so they would come from
 * whatever font the reader's machine has, or show as boxes. Spaces aside.
 */
export async function cutGaps(talk: Talk, font: DeckFont, coverExtra = ''): Promise<Partial<Record<ScreenFace | `print-${PrintWeight}`, string>>> {
  const sets = deckCharacters(talk, coverExtra)
  const gaps: Partial<Record<ScreenFace | `print-${PrintWeight}`, string>> = {}
  const missing = (wanted: string, has: Set<string>) => [...wanted].filter(c => c.trim() && !has.has(c)).join('')
  for (const face of SCREEN_FACES.filter(f => sets[f])) {
    const lost = missing(sets[face], await fontCharacters(join(font.dir, screenFile(face))))
    if (lost)
      gaps[face] = lost
  }
  for (const weight of PRINT_WEIGHTS) {
    const lost = missing(sets.cover + sets.slides, await fontCharacters(join(font.dir, printFile(weight))))
    if (lost)
      gaps[`print-${weight}`] = lost
  }
  return gaps
}

/** Keeps the newest few cuts: an older one may still be in use by a dev server started earlier. */
function pruneCache(root: string, current: string, keep = 4) {
  const dirs = readdirSync(cacheRoot(root)).filter(d => /^[0-9a-f]{16}$/.test(d) && d !== current).map(d => ({ d, t: statSync(join(cacheRoot(root), d)).mtimeMs })).sort((a, b) => b.t - a.t)
  for (const { d } of dirs.slice(keep - 1)) rmSync(join(cacheRoot(root), d), { recursive: true, force: true })
}

const DECK_FONT_MODULE = 'virtual:deck-font.css'

export function deckFont(talk: () => Talk): Plugin {
  let font: DeckFont
  let dev = false
  let base = '/'
  return {
    name: 'deck-font',
    enforce: 'pre',
    async config(config, env) {
      dev = env.command === 'serve'
      // the cover's face also holds the reading page's short address the cover shows in such a build
      const t = talk()
      const target = qrTarget(env.command, config.base ?? '/', t.deck.config.download)
      font = await writeDeckFont(t, target ? shortAddress(target) : '')
    },
    resolveId(id) {
      if (id === DECK_FONT_MODULE)
        return dev ? font.devCss : font.css
    },
    configResolved(config) {
      base = config.base
    },
    // the cover's face is what the first paint waits for: fetch it with the HTML, not after the CSS
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const cover = Object.values(ctx.bundle ?? {}).find(f => f.type === 'asset' && [...(f.names ?? [])].some(n => n.endsWith(screenFile('cover'))))
        if (!cover)
          return
        return [{ tag: 'link', injectTo: 'head-prepend', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${cover.fileName}` } }]
      },
    },
  }
}
