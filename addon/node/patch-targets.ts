/**
 * Every place the kit relies on Slidev's private code, each with the code it expects there. At the
 * start of every dev server, build and export (the plugin below) and in `npm run check`, each is
 * looked for in the installed Slidev; one that is gone stops the command with the patch's name,
 * before anything is served or written. Matches ignore whitespace and quote style, so a
 * reformatted Slidev still matches; only changed code fails.
 */
import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The code each pattern was made from, to name it in a message. */
const SNIPPETS = new WeakMap<RegExp, string>()

/**
 * Code as a pattern that ignores layout: whitespace may be added or dropped anywhere (between any
 * two characters), and a quote may be any of ' " `.
 */
export function code(snippet: string): RegExp {
  const chars = Array.from(snippet.replace(/\s+/g, ''), c => /['"`]/.test(c) ? '[\'"`]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  const pattern = new RegExp(chars.join('\\s*'))
  SNIPPETS.set(pattern, snippet)
  return pattern
}

export interface PatchTarget {
  /** the patch, as the addon's README lists it */
  patch: string
  /** a file of a package (`@slidev/client/setup/root.ts`), or a package whose `dist/*.mjs` hold the code (`@slidev/cli`) */
  where: string
  /** what must be there */
  expect: RegExp
  /** what the kit relies on it for */
  why: string
}

const client = (path: string) => `@slidev/client/${path}`

export const PATCH_TARGETS: readonly PatchTarget[] = [
  { patch: 'print-ready', where: '@slidev/cli', expect: code('delay: 300,'), why: 'the slide loader\'s delay the exporter cannot see through' },
  { patch: 'first-load', where: client('logic/utils.ts'), expect: code(`import { parseRangeString } from '@slidev/parser/core'`), why: 'the YAML parser kept out of the client' },
  { patch: 'first-load', where: client('internals/SlidesShow.vue'), expect: code('routes.forEach(preloadRoute)'), why: 'the preload of every slide after 3 s' },
  { patch: 'first-load', where: client('setup/main.ts'), expect: code(`app.use(TwoSlashFloatingVue as any, { container: '#twoslash-container' })`), why: 'FloatingVue installed on every page' },
  { patch: 'first-load', where: client('setup/main.ts'), expect: code('app.use(createVMotionDirectives())'), why: 'the motion library installed on every page' },
  { patch: 'first-load', where: client('setup/main.ts'), expect: code('app.use(createVMarkDirective())'), why: 'rough-notation installed on every page' },
  { patch: 'first-load', where: client('internals/NavControls.vue'), expect: code(`import Settings from './Settings.vue'`), why: 'the settings panel loaded with every page' },
  { patch: 'first-load', where: client('styles/index.ts'), expect: code(`import '@shikijs/magic-move/style.css'`), why: 'the Magic Move CSS on every page' },
  { patch: 'chunks', where: '@slidev/cli', expect: code('const matchedAsyncModule = ASYNC_MODULES.find((i) => id.includes(`/node_modules/$' + '{i}`));'), why: 'manualChunks matching any module whose path starts with a listed name' },
  { patch: 'base-paths', where: '@slidev/cli', expect: code('href: data.config.favicon'), why: 'the favicon written without the build\'s base' },
  { patch: 'site-meta', where: '@slidev/cli', expect: code('return JSON.stringify(escapeHtml(String(unsafe)));'), why: 'meta contents written as JSON strings' },
  { patch: 'a11y', where: client('internals/MenuButton.vue'), expect: /<button\b[^>]*>\s*<slot\s+name="button"/, why: 'a menu button\'s slot (a button) inside a button' },
  { patch: 'a11y', where: client('internals/Goto.vue'), expect: code('id="slidev-goto-dialog"'), why: 'the go-to box named as a landmark' },
  { patch: 'remote-sync', where: client('setup/root.ts'), expect: code('router.afterEach(updateSharedState)'), why: 'every window on a trusted host writing the shared slide' },
  { patch: 'remote-sync', where: 'vite-plugin-vue-server-ref', expect: code('if (!data.$syncUp || data.$paused)'), why: 'the state\'s upload switch' },
  { patch: 'write-guard', where: client('composables/useSlideInfo.ts'), expect: code('/__slidev/slides/'), why: 'the slide endpoint the guard reads bodies of' },
  { patch: 'no-public-ip', where: '@slidev/cli', expect: code('await import("public-ip").then((r) => r.publicIpv4())'), why: 'the public-address lookup in remote mode' },
  { patch: 'live-feed', where: 'vite-plugin-vue-server-ref', expect: code('vue-server-ref'), why: 'the socket event the viewers\' feed reads' },
  { patch: 'build-export-port', where: '@slidev/cli', expect: code('const port = 12445;'), why: 'the fixed port `slidev build --download` exports on (node/free-export-port.mjs makes it a free one)' },
  // a reliance that patches nothing
  { patch: 'routes', where: client('setup/routes.ts'), expect: code(`name: 'play'`), why: 'the play route setup/main.ts clamps slide numbers on' },
  { patch: 'routes', where: client('setup/routes.ts'), expect: code(`name: 'presenter'`), why: 'the presenter route setup/main.ts clamps slide numbers on' },
]

/** The installed file or files a target names. */
function targetFiles(where: string, root: string): string[] {
  const require = createRequire(join(root, 'package.json'))
  const cliDir = dirname(require.resolve('@slidev/cli/package.json'))
  // a package's folder, found as Node looks for it (its exports may not list package.json)
  const pkgDir = (name: string) => [...(require.resolve.paths(name) ?? []), join(cliDir, 'node_modules')]
    .map(p => join(p, name))
    .find(d => existsSync(join(d, 'package.json')))
  const scoped = where.startsWith('@')
  const segments = where.split('/')
  const name = segments.slice(0, scoped ? 2 : 1).join('/')
  const rest = segments.slice(scoped ? 2 : 1).join('/')
  const dir = pkgDir(name)
  if (!dir)
    return []
  if (rest)
    return existsSync(join(dir, rest)) ? [join(dir, rest)] : []
  const dist = join(dir, 'dist')
  return existsSync(dist) ? readdirSync(dist).filter(f => f.endsWith('.mjs')).map(f => join(dist, f)) : []
}

/** The targets that are not where the kit expects them, as lines naming their patches. */
export function missingTargets(root = process.cwd(), read: (file: string) => string = f => readFileSync(f, 'utf8'), targets: readonly PatchTarget[] = PATCH_TARGETS): string[] {
  return targets.flatMap((t) => {
    const files = targetFiles(t.where, root)
    if (files.some(f => t.expect.test(read(f))))
      return []
    return [`patch "${t.patch}": ${files.length ? `${t.where} no longer has` : `no ${t.where} is installed, with`} ${SNIPPETS.get(t.expect) ?? t.expect.source} (${t.why})`]
  })
}

class PatchTargetError extends Error {}

/** Throws, naming every patch whose target is gone. */
export function assertPatchTargets(root = process.cwd()): void {
  const missing = missingTargets(root)
  if (missing.length)
    throw new PatchTargetError(`slidev-addon-talk-kit: Slidev's code changed under ${missing.length === 1 ? 'a patch' : `${missing.length} patches`}; re-verify them (the addon's README, "Patches of Slidev"):\n${missing.map(m => `  - ${m}`).join('\n')}`)
}

/** Stops a dev server, build or export at its start when a patch's target is gone. */
export function patchTargets(): Plugin {
  return {
    name: 'talk-kit-patch-targets',
    configResolved(config) {
      // a changed Slidev is not a bug of this command: its message alone, and the command stops
      try {
        assertPatchTargets(config.root)
      }
      catch (error) {
        console.error(`\n${(error as Error).message}\n`)
        process.exit(1)
      }
    },
  }
}
