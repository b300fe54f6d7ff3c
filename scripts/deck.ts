/** The deck as Slidev's own parser reads it (slides.md plus every `src:` page). */
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

export const root = fileURLToPath(new URL('..', import.meta.url))

export async function loadDeck() {
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], `${root}slides.md`)
  return data
}

export async function slideCount(): Promise<number> {
  return (await loadDeck()).slides.length
}

/** The notes as the audience should read them: paragraphs, no [click] markers, no [stage cues]. */
export function handoutParagraphs(note: string | undefined): string[] {
  const plain = (paragraph: string) => paragraph.replace(/^\s*\[click(?::\d+)?\]\s*/gm, '').split('\n').filter(l => !/^\s*\[[^\]]*\]\s*$/.test(l)).join(' ').replace(/\s+/g, ' ').trim()
  return (note ?? '').split(/\n\s*\n/).map(plain).filter(Boolean)
}
