/**
 * The talk's colours, read from the one place it defines them: the `--c-*` custom properties of
 * its `styles/theme.css` (input, as the addon reads every file of the talk). The reading page and
 * the handout are drawn in them; a test reads them to check a chart's pixels.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './deck.ts'

const THEME_FILE = 'styles/theme.css'

/** Every `--c-name: #hex` of the theme, by name without `--c-`. */
function themeColours(from = root): Record<string, string> {
  const css = readFileSync(join(from, THEME_FILE), 'utf8')
  return Object.fromEntries(Array.from(css.matchAll(/--c-([\w-]+):\s*(#[\da-f]{3,8})\b/gi), m => [m[1]!, m[2]!]))
}

/** The named colours, each one the theme must define. */
export function requireColours<const K extends string>(names: readonly K[], from = root): Record<K, string> {
  const all = themeColours(from)
  const missing = names.filter(n => !all[n])
  if (missing.length)
    throw new Error(`${THEME_FILE} defines no ${missing.map(n => `--c-${n}`).join(', ')}: the reading page and the handout are drawn in them.`)
  return Object.fromEntries(names.map(n => [n, all[n]!])) as Record<K, string>
}
