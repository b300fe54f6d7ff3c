/** The builds and files the tests read, each made once by the project's own npm scripts (artefacts.setup.ts). */
import { join } from 'node:path'
import { copyDir } from './project-copy.ts'

/** What `npm run build` and `build:static` set for their slide build: the deck shows the reading page's address (a QR code). */
const withReadingQr = { VITE_READING_PAGE: '1' } as const

export const sites = {
  /** `npm run build:site`: history router at the root, served with SPA fallback (Netlify, Vercel, vite preview) */
  root: { dir: 'dist', base: '/', port: 4310, fallback: true, build: ['run', 'build:site'] },
  /** `npm run build` for a sub-path host such as GitHub Pages: the one build with the PDF inside */
  sub: { dir: 'dist-sub', base: '/grok-talk/', port: 4311, fallback: true, build: ['run', 'build', '--', '--base', '/grok-talk/', '--out', 'dist-sub'] },
  /**
   * the hash-router build (what `npm run build:static` makes, without its PDF and its reading page),
   * on a plain static server with no fallback; it shows the reading page's QR code as
   * `npm run build:static` does, so it is also the hash build of the QR test
   */
  hash: { dir: 'dist-static', base: '/', port: 4312, fallback: false, build: ['run', 'build:site', '--', '--router-mode', 'hash', '--out', 'dist-static'], env: withReadingQr },
} as const

export type SiteName = keyof typeof sites

export function siteUrl(name: SiteName): string {
  const s = sites[name]
  return `http://localhost:${s.port}${s.base}`
}

/** Files written by the export scripts, each with the npm arguments that write it and where they run. */
export const artifacts = {
  /** `npm run export:clicks`, run in a copy of the project in a folder named with Hangul and a space */
  clicksPdf: { file: join(copyDir, 'pandora-or-seeds-clicks.pdf'), make: ['run', 'export:clicks'], cwd: copyDir },
  /** `npm run export -- --range 3-5`, in the same copy */
  rangePdf: { file: join(copyDir, 'range-3-5.pdf'), make: ['run', 'export', '--', '--range', '3-5', '--output', 'range-3-5'], cwd: copyDir },
  handout: { file: 'pandora-or-seeds-handout.pdf', make: ['run', 'export:handout', '--', '--site', 'dist'] },
  pptx: { file: 'pandora-or-seeds.pptx', make: ['run', 'export:pptx'] },
} as const

/** The PDF built into the site (`npm run build`), behind its download button: the deck's PDF the tests read. */
export const sitePdf = `${sites.sub.dir}/pandora-or-seeds.pdf`

/**
 * A root build of the deck that shows the reading page's address (a QR code), for an address of its
 * own: `npm run build`'s slide build, without the PDF and the reading page it adds afterwards. With
 * the sub-path site and the hash site it makes the three cases of the QR test.
 */
export const qrRoot = { dir: 'dist-qr-root', address: 'https://talk.example.org/', build: ['run', 'build:site', '--', '--out', 'dist-qr-root'], env: withReadingQr } as const
