/**
 * The slide map in docs/editing.md: which file holds each slide, read from the deck as Slidev parses it
 * (slides.md and every `src:` page). Written by `npm run slide-map` (bin/slide-map.ts); a test
 * compares the slide map's table with the deck.
 */
import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { loadDeck, root } from './deck.ts'

export const mapPath = `${root}docs/editing.md`
export const START = '<!-- slide map: written by `npm run slide-map` from the deck -->'
export const END = '<!-- end of slide map -->'

/** The table, one row per slide: number, file, title. */
export async function slideMap(): Promise<string> {
  const { slides } = await loadDeck()
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  const rows = slides.map((s, i) => {
    const file = relative(root, s.source.filepath).split(sep).join('/')
    return `| ${i + 1} | \`${file}\` | ${cell(s.title ?? '')} |`
  })
  return ['| slide | file | title |', '|---|---|---|', ...rows].join('\n')
}

/** The table as docs/editing.md has it now (between the markers). */
export function documentedSlideMap(doc = readFileSync(mapPath, 'utf8')): string {
  const from = doc.indexOf(START)
  const to = doc.indexOf(END)
  if (from < 0 || to < from)
    throw new Error(`docs/editing.md has no slide map between "${START}" and "${END}"`)
  return doc.slice(from + START.length, to).trim()
}
