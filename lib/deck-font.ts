/**
 * A Vite plugin that cuts Pretendard down to the characters this deck uses, once per start, into
 * styles/generated/: three faces of one family, split by unicode-range so a browser fetches only
 * what it draws —
 *   cover:  what the first slide shows (and the slide-change announcement), so the first paint
 *           waits for ~20 KB, not the whole deck;
 *   slides: every other character on the slides (components and data included);
 *   notes:  the characters only the speaker notes use, fetched by the presenter view alone.
 * One family, so canvas text (charts) and CSS text share it; offline from the first load.
 * Characters added while editing come from Pretendard's dynamic-subset build until the next start.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { load } from '@slidev/parser/fs'
import subsetFont from 'subset-font'
import type { Plugin } from 'vite'

// named like the font itself, so a PPTX that names it finds an installed Pretendard
export const DECK_FONT_FAMILY = 'Pretendard'

/** What the slides are made of besides their markdown. */
const SLIDE_SOURCES = ['components', 'data', 'lib', 'layouts', 'setup', 'global-bottom.vue', 'global-top.vue']
const TEXT_FILE = /\.(md|vue|ts|txt)$/
/** the live region's fixed words (global-bottom.vue), read on every slide including the cover */
const ANNOUNCER = '슬라이드 / :'

function files(root: string, entry: string): string[] {
  const path = join(root, entry)
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : []
  return readdirSync(path).flatMap(name => files(root, relative(root, join(path, name))))
}

const read = (file: string) => readFileSync(file, 'utf8')

function charSet(...texts: string[]): Set<string> {
  const out = new Set<string>()
  for (const text of texts) {
    for (const ch of text) {
      if (ch.codePointAt(0)! >= 0x20) out.add(ch)
    }
  }
  return out
}

/** What a slide's markdown shows as text: no script, no tags, no template expressions. */
function visibleText(markdown: string): string {
  return markdown.replace(/<script[\s\S]*?<\/script>/g, '').replace(/\{\{[\s\S]*?\}\}/g, '').replace(/<[^>]+>/g, ' ').replace(/^#+\s*/gm, '')
}

/** The local modules a slide's `<script setup>` imports (their strings can reach the slide). */
function importedFiles(root: string, content: string): string[] {
  return [...content.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map(m => join(root, m[1]!))
    .flatMap(p => [p, `${p}.ts`, `${p}.vue`].filter(f => existsSync(f) && statSync(f).isFile()))
}

export interface DeckCharacters { cover: string, slides: string, notes: string }

/** The deck's characters in three disjoint sets: the cover's, the other slides', the notes' own. */
export async function deckCharacters(root: string): Promise<DeckCharacters> {
  const deck = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], join(root, 'slides.md'))
  const [first, ...rest] = deck.slides
  // the cover's face is kept to what the cover can show: Latin letters are costly in a variable font
  // (all of ASCII alone is ~36 KB), so from the modules it imports only their non-Latin text
  // (dates: 년 월 일) and digits are taken; anything missed is still drawn, from the slides' face
  const nonLatin = (text: string) => [...text].filter(c => c.codePointAt(0)! > 0x7E).join('')
  const coverMarkdown = first?.content ?? ''
  const cover = charSet(' 0123456789', ANNOUNCER, String(deck.headmatter.title ?? ''), visibleText(coverMarkdown),
    ...importedFiles(root, coverMarkdown).map(read).map(nonLatin))
  // the description too: the reading page (lib/reading-page.ts) shows it
  const description = String((deck.headmatter.seoMeta as { ogDescription?: string } | undefined)?.ogDescription ?? '')
  const slides = charSet(...rest.map(s => s.content), ...rest.map(s => s.title ?? ''), description, ...SLIDE_SOURCES.flatMap(s => files(root, s)).map(read))
  const notes = charSet(...deck.slides.map(s => s.note ?? ''), read(join(root, 'content/essay.ko.txt')))
  const minus = (a: Set<string>, ...others: Set<string>[]) => [...a].filter(c => !others.some(o => o.has(c))).sort().join('')
  return { cover: [...cover].sort().join(''), slides: minus(slides, cover), notes: minus(notes, cover, slides) }
}

/** CSS unicode-range for a set of characters, consecutive code points folded into ranges. */
export function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map(c => c.codePointAt(0)!))].sort((a, b) => a - b)
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

function faceRule(name: string, chars: string): string {
  return `/* ${name}: ${[...chars].length} characters */
@font-face {
  font-family: '${DECK_FONT_FAMILY}';
  font-style: normal;
  font-weight: 45 920;
  font-display: swap;
  src: url(./pretendard-${name}.woff2) format('woff2-variations'), url(./pretendard-${name}.woff2) format('woff2');
  unicode-range: ${unicodeRange(chars)};
}`
}

export async function writeDeckFont(root: string): Promise<{ css: string, faces: Partial<Record<keyof DeckCharacters, number>> }> {
  const outDir = join(root, 'styles/generated')
  const css = join(outDir, 'deck-font.css')
  const sets = await deckCharacters(root)
  const names = (Object.keys(sets) as (keyof DeckCharacters)[]).filter(n => sets[n])
  const fontFile = (name: string) => join(outDir, `pretendard-${name}.woff2`)
  const rules = names.map(n => faceRule(n, sets[n]))
  // the rules name every character of each face: unchanged rules and present files, nothing to cut
  const hash = createHash('sha256').update(rules.join('\n')).digest('hex').slice(0, 16)
  const text = `/* generated by lib/deck-font.ts from the deck's text (${hash}); do not edit */\n${rules.join('\n')}\n`
  if (existsSync(css) && read(css) === text && names.every(n => existsSync(fontFile(n))))
    return { css, faces: Object.fromEntries(names.map(n => [n, statSync(fontFile(n)).size])) }

  const require = createRequire(join(root, 'package.json'))
  const source = readFileSync(require.resolve('pretendard/dist/web/variable/woff2/PretendardVariable.woff2'))
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const faces: Partial<Record<keyof DeckCharacters, number>> = {}
  for (const name of names) {
    const subset = await subsetFont(source, sets[name], { targetFormat: 'woff2' })
    writeFileSync(fontFile(name), subset)
    faces[name] = subset.length
  }
  writeFileSync(css, text)
  return { css, faces }
}

export function deckFont(): Plugin {
  return {
    name: 'deck-font',
    enforce: 'pre',
    async config(config) {
      await writeDeckFont(config.root ?? process.cwd())
    },
  }
}
