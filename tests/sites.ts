/** The builds and files the tests read, each made once by the project's own npm scripts (artefacts.setup.ts). */
import { join } from 'node:path'
import { root } from './deck.ts'
import { copyDir } from './project-copy.ts'

/** The kit's example deck, in the project's own folder. */
export const exampleDir = join(root, 'addon/example')

export const sites = {
  /** `npm run build:site`: history router at the root, served with SPA fallback (Netlify, Vercel, vite preview) */
  root: { dir: 'dist', base: '/', port: 4310, fallback: true, build: ['run', 'build:site'] },
  /** `npm run build` for a sub-path host such as GitHub Pages: the one build with the PDF inside */
  sub: { dir: 'dist-sub', base: '/grok-talk/', port: 4311, fallback: true, build: ['run', 'build', '--', '--base', '/grok-talk/', '--out', 'dist-sub'] },
  /** the hash-router build (what `npm run build:static` makes, without its PDF and its reading page), on a plain static server with no fallback */
  hash: { dir: 'dist-static', base: '/', port: 4312, fallback: false, build: ['run', 'build:site', '--', '--router-mode', 'hash', '--out', 'dist-static'] },
  /** the kit's example deck (addon/example), built by its `npm run build` (the kit's `talk-kit build`) at the root: a deck the kit has never seen */
  example: { dir: join(exampleDir, 'dist'), base: '/', port: 4313, fallback: true, build: ['run', 'build'] },
} as const

export type SiteName = keyof typeof sites

export function siteUrl(name: SiteName): string {
  const s = sites[name]
  return `http://localhost:${s.port}${s.base}`
}

/** Files written by the export scripts, each with the npm arguments that write it and where they run. */
export const artifacts = {
  clicksPdf: { file: 'pandora-or-seeds-clicks.pdf', make: ['run', 'export:clicks'] },
  /** the example deck's `npm run export -- --range 2-3`, in a copy of the project in a folder named with Hangul and a space */
  rangePdf: { file: join(copyDir, 'addon/example/range-2-3.pdf'), make: ['run', 'export', '--', '--range', '2-3', '--output', 'range-2-3'], cwd: join(copyDir, 'addon/example') },
  handout: { file: 'pandora-or-seeds-handout.pdf', make: ['run', 'export:handout', '--', '--site', 'dist'] },
  pptx: { file: 'pandora-or-seeds.pptx', make: ['run', 'export:pptx'] },
} as const

/** The PDF built into the site (`npm run build`), behind its download button: the deck's PDF the tests read. */
export const sitePdf = `${sites.sub.dir}/pandora-or-seeds.pdf`
