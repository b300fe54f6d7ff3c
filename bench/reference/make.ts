/**
 * Writes the reference deck for the benchmark: a plain Slidev deck (default theme, no charts,
 * no custom code) with as many slides as the talk, of plain Latin text, with local fonts only.
 */
import { writeFileSync } from 'node:fs'

const WORDS = 'open weights license community model training data release research revenue developers future question history network phone share sharing monopoly'.split(' ')

export function referenceDeck(slides: number): string {
  const pages = Array.from({ length: slides }, (_, i) => {
    const words = Array.from({ length: 36 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ')
    const head = i === 0
      ? '---\ntitle: Reference deck\nfonts:\n  sans: DejaVu Sans\n  serif: DejaVu Serif\n  mono: DejaVu Sans Mono\n  provider: none\nfavicon: /favicon.svg\n---\n'
      : '---\n---\n'
    return `${head}\n# Slide ${i + 1}: ${WORDS[i % WORDS.length]}\n\n${words}.\n\n- ${WORDS[(i + 1) % WORDS.length]}\n- ${WORDS[(i + 2) % WORDS.length]}\n`
  })
  return `${pages.join('\n')}`
}

export function writeReferenceDeck(dir: string, slides: number): void {
  writeFileSync(`${dir}/slides.md`, referenceDeck(slides))
}
