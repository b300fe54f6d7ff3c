/**
 * The one Slidev version the addon's patches of Slidev's private code were verified on (the
 * suite passes on it), and the list of those patches (the README's table says what each fixes and
 * why). On another installed version, `npm run dev`, `build` and `export` say which to re-verify;
 * a patch whose code is gone already fails the build by itself.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { root } from './deck.ts'

export const VERIFIED_ON = '53.0.0'

/** Each patch: the addon file that holds it, and what it rewrites or works around in Slidev. */
export const PATCHES = [
  { file: 'node/print-ready.ts', what: 'the slide loader\'s 300 ms delay (exporter waits on a loading element)' },
  { file: 'client/remote-sync.ts', what: 'audience windows writing the shared slide state in remote mode' },
  { file: 'client/a11y.ts', what: 'the nested menu buttons and the missing main landmark of the play page' },
  { file: 'node/base-paths.ts', what: 'the favicon and og:image written without the build\'s base' },
  { file: 'node/site-meta.ts', what: 'description, author and keywords written as JSON strings' },
  { file: 'node/first-load.ts', what: 'the YAML parser in the client, the 3 s preload of every slide, features the talk does not use, the template compiler' },
  { file: 'node/chunks.ts', what: 'manualChunks putting chart.js and every icon into chunks the cover loads' },
  { file: 'node/inline-icons.ts', what: 'the controls\' icons as CSS masks' },
  { file: 'node/write-guard.ts', what: 'the dev server\'s write endpoints taking any origin, any body size and prototype keys' },
  { file: 'node/no-public-ip.mjs', what: 'the CLI\'s public-address lookup in remote mode' },
  { file: 'node/live-feed.ts', what: 'the shared slide state read from Vite\'s socket for viewers' },
  { file: 'node/bin/export.ts', what: 'a one-file PDF ignoring --range, and exit 0 after a failed write' },
] as const

/** The Slidev the talk has installed (its CLI's version). */
export function installedSlidev(from = root): string {
  const pkg = createRequire(join(from, 'package.json')).resolve('@slidev/cli/package.json')
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version
}

/** What to say on a Slidev other than the verified one, or undefined on that one. */
export function fenceWarning(installed: string): string | undefined {
  if (installed === VERIFIED_ON)
    return undefined
  return [
    `slidev-addon-talk-kit: its patches of Slidev were verified on ${VERIFIED_ON}; this is Slidev ${installed}.`,
    'Re-verify each (addon/README.md, "Patches of Slidev"), then set VERIFIED_ON in addon/node/slidev-fence.ts:',
    ...PATCHES.map(p => `  - addon/${p.file}: ${p.what}`),
  ].join('\n')
}

let warned = false
/** Warns once per process, in every command that loads Vite's config (dev, build, export). */
export function slidevFence(): Plugin {
  return {
    name: 'talk-kit-slidev-fence',
    configResolved() {
      const warning = fenceWarning(installedSlidev())
      if (warning && !warned) {
        warned = true
        console.warn(`\n${warning}\n`)
      }
    },
  }
}
