/** The deck's slides and the essay, read from the repository for the tests. */
import type { Lang } from '../utils/lang.ts'
import { readFileSync } from 'node:fs'
import { kitTalk, loadDeck, root } from '../scripts/deck.ts'

export { kitTalk, loadDeck, root }

/** The talk's two editions: the Korean deck and essay, and the English deck and the essay's translation. */
export const EDITIONS = [
  { lang: 'ko', entry: 'slides.md', essay: 'content/essay.ko.txt' },
  { lang: 'en', entry: 'slides.en.md', essay: 'content/essay.en.txt' },
] as const satisfies readonly { lang: Lang, entry: string, essay: string }[]

/** The essay as the repository keeps it (or its English translation): its title on the first line, then its paragraphs. */
export function essayText(lang: Lang = 'ko'): string {
  return readFileSync(`${root}content/essay.${lang}.txt`, 'utf8')
}

/** The essay's body paragraphs (the first line is its title). */
export function essayParagraphs(lang: Lang = 'ko'): string[] {
  const lines = essayText(lang).split('\n').map(l => l.trim()).filter(Boolean)
  return lines.slice(1)
}

export function essayTitle(lang: Lang = 'ko'): string {
  return essayText(lang).split('\n')[0]!.trim()
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
