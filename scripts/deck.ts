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
