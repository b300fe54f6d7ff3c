/** The builds and files the tests check, made by the project's own npm scripts in global-setup.ts. */
export const sites = {
  /** `npm run build`: history router at the root, served with SPA fallback (Netlify, Vercel, vite preview) */
  root: { dir: 'dist', base: '/', port: 4310, fallback: true, build: ['run', 'build'] },
  /** the same build for a sub-path host such as GitHub Pages */
  sub: { dir: 'dist-sub', base: '/grok-talk/', port: 4311, fallback: true, build: ['run', 'build', '--', '--base', '/grok-talk/', '--out', 'dist-sub'] },
  /** `npm run build:static`: the hash-router build, for a plain static file server with no fallback */
  hash: { dir: 'dist-static', base: '/', port: 4312, fallback: false, build: ['run', 'build:static'] },
} as const

export type SiteName = keyof typeof sites

export function siteUrl(name: SiteName): string {
  const s = sites[name]
  return `http://localhost:${s.port}${s.base}`
}

/** Files written by the export scripts, each with the npm arguments that write it. */
export const artifacts = {
  pdf: { file: 'pandora-or-seeds.pdf', make: ['run', 'export'] },
  clicksPdf: { file: 'pandora-or-seeds-clicks.pdf', make: ['run', 'export:clicks'] },
  handout: { file: 'pandora-or-seeds-handout.pdf', make: ['run', 'export:handout', '--', '--site', 'dist'] },
  pptx: { file: 'pandora-or-seeds.pptx', make: ['run', 'export:pptx'] },
} as const
