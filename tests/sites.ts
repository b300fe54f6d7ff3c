/** The builds the tests run against, and where the test servers put them. */
export const sites = {
  /** `npm run build`: history router at the root, served with SPA fallback (Netlify, Vercel, vite preview) */
  root: { dir: 'dist', base: '/', port: 4310, fallback: true, buildArgs: [] as string[] },
  /** the same build for a sub-path host such as GitHub Pages */
  sub: { dir: 'dist-sub', base: '/grok-talk/', port: 4311, fallback: true, buildArgs: ['--base', '/grok-talk/'] },
  /** the hash-router build, for a plain static file server with no fallback */
  hash: { dir: 'dist-hash', base: '/', port: 4312, fallback: false, buildArgs: ['--router-mode', 'hash'] },
} as const

export type SiteName = keyof typeof sites

export function siteUrl(name: SiteName): string {
  const s = sites[name]
  return `http://localhost:${s.port}${s.base}`
}

export const artifacts = {
  pdf: 'out/pandora-or-seeds.pdf',
} as const
