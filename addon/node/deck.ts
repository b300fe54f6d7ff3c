/** The deck as Slidev's own parser reads it (slides.md plus every `src:` page). */
import { sep } from 'node:path'
import { load } from '@slidev/parser/fs'

/**
 * The talk's folder: where its npm scripts run (npm starts every script in the package's folder),
 * and so where Slidev, the commands and the tests find slides.md. The addon reads the talk from
 * there as input; it imports nothing of it. Ends with a separator.
 */
export const root = `${process.cwd()}${sep}`

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

/**
 * Opens a slide's notes that are the presenter's own words, not the talk's source text: kept at the
 * start of the words wherever the notes are shown (presenter view, handout, reading page, PPTX notes),
 * so no reader takes them for the source.
 */
export const PRESENTER_MARK = '[발표자의 말: 에세이에 없는 내용]'

/** The notes as the audience should read them: paragraphs, no [click] markers, no [stage cues]. */
export function handoutParagraphs(note: string | undefined): string[] {
  const plain = (paragraph: string) => paragraph.replace(/^\s*\[click(?::\d+)?\]\s*/gm, '').split('\n').filter(l => !/^\s*\[[^\]]*\]\s*$/.test(l)).join(' ').replace(/\s+/g, ' ').trim()
  return (note ?? '').split(/\n\s*\n/).map(plain).filter(Boolean)
}

/** What the presenter says of a slide's notes, for timing: the audience's paragraphs without the presenter's mark. */
export function spokenParagraphs(note: string | undefined): string[] {
  return handoutParagraphs(note).map(p => p.replace(PRESENTER_MARK, '').trim()).filter(Boolean)
}
