/**
 * The talk's colours as its theme defines them: the `--c-*` custom properties of styles/theme.css,
 * those taken from the kit (`var(--kit-…)`) resolved through the headmatter's talkKit.colours.
 * A test reads them to check a chart's pixels.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadTalk } from 'slidev-addon-talk-kit/talk'
import { root } from './deck.ts'

const { colours: kit } = await loadTalk(`${root}slides.md`, root)

/** Every `--c-name` of the theme with a colour, by name without `--c-`. */
function themeColours(): Record<string, string> {
  const css = readFileSync(join(root, 'styles/theme.css'), 'utf8')
  return Object.fromEntries(Array.from(css.matchAll(/--c-([\w-]+):\s*(#[\da-f]{3,8}\b|var\(--kit-(\w+)\))/gi), m => [m[1]!, m[3] ? kit[m[3] as keyof typeof kit] : m[2]!]))
}

/** The named colours, each one the theme must define. */
export function requireColours<const K extends string>(names: readonly K[]): Record<K, string> {
  const all = themeColours()
  const missing = names.filter(n => !all[n])
  if (missing.length)
    throw new Error(`styles/theme.css defines no ${missing.map(n => `--c-${n}`).join(', ')}`)
  return Object.fromEntries(names.map(n => [n, all[n]!])) as Record<K, string>
}
