/**
 * Slidev's controls draw their icons as UnoCSS icon classes (`<div class="i-carbon:arrow-left" />`):
 * a CSS mask whose image is an SVG data URL. Chromium builds a whole SVG document for each such
 * image while it computes the page's style, in the same task as the app's first mount: on a slow
 * phone's CPU the cover's icons make that task long, and the same icons as inline <svg> cost next to
 * nothing. On a phone the controls are always shown (Slidev pins them open on a portrait screen),
 * so the built site draws those icons inline (`npm run bench -- --patches` measures what it buys).
 *
 * Builds only, like addon/node/first-load.ts. Rewrites an icon element written as a self-closing <div>
 * with a static `class="i-…"` in Slidev's client (its directives and other classes are kept),
 * the slide-loading spinner's too; tests/slidev-internals.spec.ts fails when the cover shows a
 * masked icon again.
 */
import type { Plugin } from 'vite'
import { getIconData, iconToHTML, iconToSVG, replaceIDs } from '@iconify/utils'

/** The icon sets Slidev's client draws from (its own dependencies), loaded when first needed. */
const ICON_SETS = {
  'carbon': async () => (await import('@iconify-json/carbon')).icons,
  'ph': async () => (await import('@iconify-json/ph')).icons,
  // the "Loading slide..." spinner
  'svg-spinners': async () => (await import('@iconify-json/svg-spinners')).icons,
}
type Prefix = keyof typeof ICON_SETS
const PREFIXES = Object.keys(ICON_SETS) as Prefix[]

/** `i-carbon:arrow-left` or `i-carbon-arrow-left` → that icon as an <svg>, or undefined. */
async function iconSvg(className: string, attributes: Record<string, string>): Promise<string | undefined> {
  const name = className.slice(2)
  const prefix = PREFIXES.find(p => name.startsWith(`${p}:`) || name.startsWith(`${p}-`))
  if (!prefix)
    return undefined
  const data = getIconData(await ICON_SETS[prefix](), name.slice(prefix.length + 1))
  if (!data)
    return undefined
  const svg = iconToSVG(data, { width: '1em', height: '1em' })
  return iconToHTML(replaceIDs(svg.body), { ...svg.attributes, ...attributes })
}

// a self-closing <div> whose static class list starts with an icon class; its other attributes
// (v-if, v-show, …) are in `before` and `after`
const ICON_DIV = /<div((?:\s+[^\s>=]+(?:="[^"]*")?)*?)\s+class="(i-[\w:-]+)((?:\s[^"]*)?)"((?:\s+[^\s>=]+(?:="[^"]*")?)*?)\s*\/>/g

async function inlineIcons(code: string): Promise<string> {
  let out = ''
  let last = 0
  for (const match of code.matchAll(ICON_DIV)) {
    const [div, before, icon, classes, after] = match as unknown as [string, string, string, string, string]
    // display:block keeps the box the <div> had (an <svg> is inline by default)
    const svg = await iconSvg(icon, { 'class': `deck-icon${classes}`, 'style': 'display:block', 'aria-hidden': 'true' })
    out += code.slice(last, match.index) + (svg ? svg.replace('<svg', `<svg${before}${after}`) : div)
    last = match.index + div.length
  }
  return out + code.slice(last)
}

const SLIDEV_CLIENT_VUE = /\/@slidev\/client\/.*\.vue$/

export function inlineIconsPlugin(): Plugin {
  return {
    name: 'deck-inline-icons',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!SLIDEV_CLIENT_VUE.test(id))
        return
      const out = await inlineIcons(code)
      return out === code ? undefined : out
    },
  }
}
