/** The deck as Slidev's own parser reads it (slides.md plus every `src:` page). */
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

export const root = fileURLToPath(new URL('..', import.meta.url))

export async function loadDeck() {
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], `${root}slides.md`)
  return data
}

/** Whether the headmatter's `export:` asks for a page per click step (Slidev's default for a PDF: no). */
export function exportsClicks(deck: Awaited<ReturnType<typeof loadDeck>>): boolean {
  return (deck.headmatter.export as { withClicks?: boolean } | undefined)?.withClicks === true
}

export async function slideCount(): Promise<number> {
  return (await loadDeck()).slides.length
}

/** The notes as the audience should read them: paragraphs, no [click] markers, no [stage cues]. */
export function handoutParagraphs(note: string | undefined): string[] {
  const plain = (paragraph: string) => paragraph.replace(/^\s*\[click(?::\d+)?\]\s*/gm, '').split('\n').filter(l => !/^\s*\[[^\]]*\]\s*$/.test(l)).join(' ').replace(/\s+/g, ' ').trim()
  return (note ?? '').split(/\n\s*\n/).map(plain).filter(Boolean)
}
