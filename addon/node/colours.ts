/**
 * The kit's colours (the headmatter's `talkKit.colours`, node/talk.ts) as custom properties,
 * `--kit-ink`, `--kit-muted`, `--kit-accent`, `--kit-bg`, `--kit-line` and `--kit-focus`, served as
 * `virtual:talk-kit/colours.css`: the kit's own parts on the slides are drawn in them, and a talk's
 * theme can take its colours from them so each is written once.
 */
import type { Plugin } from 'vite'
import type { KitColours, Talk } from './talk.ts'
import { virtualModule } from './virtual-module.ts'

const coloursCss = (colours: KitColours): string => `:root {\n${Object.entries(colours).map(([k, v]) => `  --kit-${k}: ${v};`).join('\n')}\n}\n`

export function kitColours(talk: () => Talk): Plugin {
  return {
    name: 'talk-kit-colours',
    ...virtualModule('virtual:talk-kit/colours.css', () => coloursCss(talk().colours), '/__talk-kit-colours.css'),
  }
}
