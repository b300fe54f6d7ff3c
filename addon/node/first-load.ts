/**
 * What the hosted deck runs on a visitor's first load, trimmed where Slidev has no option.
 * Each patch checks that the code it rewrites is still there (node/patch-targets.ts, at every start,
 * and here again, whitespace aside) and fails the build when it is not (a Slidev update changed it): look again then, and drop the patch if upstream fixed the cause.
 * Builds only: the presenter's dev server (and so the exporter) runs Slidev as it ships.
 */
import type { Plugin } from 'vite'
import { code } from './patch-targets.ts'

interface Patch { file: RegExp, find: string, replace: string, why: string }

const SETUP_MAIN = /\/@slidev\/client\/setup\/main\.ts$/
const STYLES = /\/@slidev\/client\/styles\/index\.ts$/
const drop = (file: RegExp, find: string, why: string): Patch => ({ file, find, replace: '', why })

/**
 * Features Slidev installs on every page whether a slide uses them or not, which this deck leaves
 * out of its build (FloatingVue itself stays, loaded with the menu's settings panel only):
 * `marker` is text only that feature's code carries (how the tests tell the cover is without it),
 * `use` is how a slide or component would use it (the build fails on one, so leaving it out can
 * never silently break a slide).
 */
export const LEFT_OUT = [
  { what: 'TwoSlash code pop-ups (FloatingVue and its CSS)', kind: 'script', marker: 'v-popper', use: /```[^\n]*\btwoslash\b/ },
  { what: 'the v-motion directive (@vueuse/motion)', kind: 'script', marker: 'stiffness', use: /\bv-motion\b/ },
  { what: 'the v-mark directive (rough-notation)', kind: 'script', marker: 'rough-annotation', use: /\bv-mark\b/ },
  { what: 'Shiki Magic Move\'s CSS', kind: 'stylesheet', marker: 'shiki-magic-move', use: /```[^\n]*\bmagic-move\b|<ShikiMagicMove\b/ },
] as const

const PATCHES: Patch[] = [
  {
    // client/logic/utils.ts takes parseRangeString from @slidev/parser/core, whose frontmatter
    // parsing brings the whole YAML parser into every page (~10 KB gzip, 90 KB of source to run);
    // the parser's utils entry exports the same function alone.
    file: /\/@slidev\/client\/logic\/utils\.ts$/,
    find: `import { parseRangeString } from '@slidev/parser/core'`,
    replace: `import { parseRangeString } from '@slidev/parser/utils'`,
    why: 'the YAML parser stays out of the client',
  },
  {
    // internals/SlidesShow.vue mounts every slide 3 s after the page opens (hidden, "for smoother
    // transitions"): on a phone that is seconds of blocked main thread — chart.js and all — for
    // slides the reader may never open. The current, previous and next slides are still preloaded
    // on every move, and the service worker has every file for offline use.
    file: /\/@slidev\/client\/internals\/SlidesShow\.vue$/,
    find: `routes.forEach(preloadRoute)`,
    replace: `void routes /* addon/node/first-load.ts: only the neighbours are preloaded */`,
    why: 'slides are mounted as the reader reaches them',
  },
  // Slidev's setup/main.ts installs these on every page (~25 KB gzip of script the cover ran for nothing)
  drop(SETUP_MAIN, `import TwoSlashFloatingVue from '@shikijs/vitepress-twoslash/client'`, 'FloatingVue stays out'),
  drop(SETUP_MAIN, `app.use(TwoSlashFloatingVue as any, { container: '#twoslash-container' })`, 'FloatingVue stays out'),
  // …and four more modules import FloatingVue (all of it: its module has side effects) only to
  // reposition TwoSlash pop-ups after a move; with no pop-ups there is nothing to reposition
  ...[/\/internals\/SlidesShow\.vue$/, /\/internals\/SlideContainer\.vue$/, /\/builtin\/VSwitch\.ts$/, /\/pages\/print\.vue$/].map((file): Patch => ({
    file,
    find: `import { recomputeAllPoppers } from 'floating-vue'`,
    replace: `const recomputeAllPoppers = () => {} // addon/node/first-load.ts: no TwoSlash pop-ups to reposition`,
    why: 'FloatingVue stays out',
  })),
  drop(SETUP_MAIN, `import { createVMotionDirectives } from '../modules/v-motion'`, 'the motion library stays out'),
  drop(SETUP_MAIN, `app.use(createVMotionDirectives())`, 'the motion library stays out'),
  drop(SETUP_MAIN, `import { createVMarkDirective } from '../modules/v-mark'`, 'rough-notation stays out'),
  drop(SETUP_MAIN, `app.use(createVMarkDirective())`, 'rough-notation stays out'),
  {
    // The menu's settings panel is the last importer of FloatingVue (for its tooltips, ~13 KB gzip):
    // load it when the menu first opens, not with every page.
    file: /\/internals\/NavControls\.vue$/,
    find: `import Settings from './Settings.vue'`,
    replace: `import { defineAsyncComponent } from 'vue'\nconst Settings = defineAsyncComponent(() => import('./Settings.vue')) // addon/node/first-load.ts`,
    why: 'FloatingVue loads with the settings panel only',
  },
  // Slidev's styles/index.ts: the CSS of the same features (~3 KB gzip, and style work on every page)
  drop(STYLES, `import '@shikijs/vitepress-twoslash/style.css'`, 'the TwoSlash CSS stays out'),
  drop(STYLES, `import './shiki-twoslash.css'`, 'the TwoSlash CSS stays out'),
  drop(STYLES, `import '@shikijs/magic-move/style.css'`, 'the Magic Move CSS stays out'),
]

const projectFile = (root: string, id: string) => id.startsWith(root) && !id.includes('/node_modules/')

export function leanFirstLoad(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck-lean-first-load',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    transform(source, id) {
      if (projectFile(root, id)) {
        for (const feature of LEFT_OUT) {
          if (feature.use.test(source))
            this.error(`${id.slice(root.length + 1).replace(/__slidev_\d+\.\w+$/, '')} uses ${feature.what}, which the built site leaves out for a lighter first load. To use it, remove its patch from addon/node/first-load.ts.`)
        }
        return
      }
      let patched = source
      for (const patch of PATCHES.filter(p => p.file.test(id))) {
        const find = code(patch.find)
        if (!find.test(patched))
          this.error(`patch "first-load": Slidev changed ${id}; "${patch.find}" is gone, so ${patch.why} no longer holds. Re-verify the patch against this Slidev version.`)
        patched = patched.replace(find, patch.replace)
      }
      return patched === source ? undefined : patched
    },
  }
}
