/**
 * What the hosted deck runs on a visitor's first load, trimmed where Slidev has no option.
 * Each patch checks that the code it rewrites is still there (node/patch-targets.ts, at every start,
 * and here again, whitespace aside) and fails the build when it is not (a Slidev update changed it): look again then, and drop the patch if upstream fixed the cause.
 * Builds only: the presenter's dev server (and so the exporter) runs Slidev as it ships.
 */
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite'
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
  { what: 'Vue\'s template compiler (components with a `template:` string)', kind: 'script', marker: 'inRCDATA', use: /\btemplate\s*:\s*[`'"]/ },
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

export function leanFirstLoad(): Plugin[] {
  let root = process.cwd()
  let base = '/'
  return [{
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
  }, {
    // The page, then Slidev's play view, then the first slide are three waits for the network in
    // turn (each chunk is asked for when the one before it has run): the HTML lists the second and
    // third, so a phone fetches all three at once. Measured, Lighthouse mobile on `/`, median of
    // five: LCP 3.75 → 3.39 s. A link to another slide (`/7`, `/#/7`, `/presenter/7`, …) has a small
    // script at the top of the page ask for that slide's chunks, chart.js included, at once instead
    // of after the app has started. Lighthouse mobile on `/7`, 3 runs each: FCP 4.1–4.5 → 3.1–3.3 s,
    // LCP 4.7–5.1 → 3.8–4.0 s (the chart's work now comes after the first paint, as blocking time).
    name: 'deck-preload-first-view',
    enforce: 'post',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((f): f is Rolldown.OutputChunk => f.type === 'chunk')
        const chunkOf = (re: RegExp) => chunks.find(c => c.facadeModuleId && re.test(c.facadeModuleId))
        const views = [chunkOf(/\/@slidev\/client\/pages\/play\.vue$/), chunkOf(/^\/@slidev\/slides\/1\/md$/)]
        if (views.includes(undefined))
          this.error('addon/node/first-load.ts: no chunk for Slidev\'s play view or the first slide; check the preload against this Slidev version.')
        const closure = (chunk: Rolldown.OutputChunk, files = new Set<string>()) => {
          if (!files.has(chunk.fileName)) {
            files.add(chunk.fileName)
            for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
            for (const name of chunk.imports) closure(ctx.bundle![name] as Rolldown.OutputChunk, files)
          }
          return files
        }
        const first = new Set(views.flatMap(v => [...closure(v!)]))
        const inPage = (f: string) => html.includes(`${base}${f}"`)
        const linked = (f: string) => first.has(f) || inPage(f)
        // every other slide's scripts that the page does not list already (its CSS is left to
        // Vite's loader, which waits for a stylesheet before the slide is drawn)
        const later: Record<string, string[]> = {}
        for (const chunk of chunks) {
          const no = /^\/@slidev\/slides\/(\d+)\/md$/.exec(chunk.facadeModuleId ?? '')?.[1]
          if (no && no !== '1')
            later[no] = [...closure(chunk)].filter(f => f.endsWith('.js') && !linked(f))
        }
        if (!Object.keys(later).length)
          this.error('addon/node/first-load.ts: no chunk for any slide after the first; check the preload against this Slidev version.')
        const names = [...new Set(Object.values(later).flat())]
        const bySlide = Object.fromEntries(Object.entries(later).map(([no, files]) => [no, files.map(f => names.indexOf(f))]))
        const script = `<script>(function(b,f,d){var m=/^#\\/(?:[a-z]+\\/)?(\\d+)/.exec(location.hash)||/^(?:[a-z]+\\/)?(\\d+)/.exec(location.pathname.slice(b.length));(m&&d[m[1]]||[]).forEach(function(i){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=b+f[i];document.head.appendChild(l)})})(${JSON.stringify(base)},${JSON.stringify(names)},${JSON.stringify(bySlide)})</script>`
        // right after the charset (which must stay in the page's first 1,024 bytes), before any
        // stylesheet link: an inline script after one would wait for that stylesheet
        const charset = /<meta charset="utf-8">/i
        if (!charset.test(html))
          this.error('addon/node/first-load.ts: the page has no <meta charset="utf-8"> to put the slides\' preload after.')
        return {
          html: html.replace(charset, m => `${m}\n${script}`),
          // a stylesheet link, as Vite's own loader would add it later (it skips one already there)
          tags: [...first].filter(f => !inPage(f)).map((f): HtmlTagDescriptor => ({
            tag: 'link',
            injectTo: 'head',
            attrs: { rel: f.endsWith('.css') ? 'stylesheet' : 'modulepreload', crossorigin: '', href: `${base}${f}` },
          })),
        }
      },
    },
  }, {
    // Slidev aliases `vue` to the full build with the template compiler (~33 KB gzip) so that a
    // component may carry a `template:` string; every template here is compiled at build time.
    name: 'deck-runtime-only-vue',
    enforce: 'post',
    apply: 'build',
    config(config) {
      const alias = config.resolve?.alias
      const full = Array.isArray(alias) ? alias.find(a => a.find === 'vue') : undefined
      if (!full || typeof full.replacement !== 'string' || !full.replacement.endsWith('/vue.esm-bundler.js'))
        throw new Error('addon/node/first-load.ts: Slidev no longer aliases `vue` to vue.esm-bundler.js; check the runtime-only alias against this Slidev version.')
      full.replacement = full.replacement.replace(/\/vue\.esm-bundler\.js$/, '/vue.runtime.esm-bundler.js')
    },
  }]
}
