/** The deck's slides and the essay, read from the repository for the tests. */
import { readFileSync } from 'node:fs'
import { kitTalk, loadDeck, root } from '../scripts/deck.ts'

export { kitTalk, loadDeck, root }

/** The essay as the repository keeps it: its title on the first line, then its paragraphs. */
export function essayText(): string {
  return readFileSync(`${root}content/essay.ko.txt`, 'utf8')
}

/** The essay's body paragraphs (the first line is its title). */
export function essayParagraphs(): string[] {
  const lines = essayText().split('\n').map(l => l.trim()).filter(Boolean)
  return lines.slice(1)
}

export function essayTitle(): string {
  return essayText().split('\n')[0]!.trim()
}

const CLICK = /^\s*\[click(?::\d+)?\]\s*/gm

/** A slide's notes as spoken text: click markers removed, whitespace folded. */
export function spokenText(note: string | undefined): string {
  return (note ?? '').replace(CLICK, '').replace(/\s+/g, ' ').trim()
}

/** How many `[click]` markers a note carries (each at the start of a line). */
export function clickMarkers(note: string | undefined): number {
  return (note ?? '').match(CLICK)?.length ?? 0
}
