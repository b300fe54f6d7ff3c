// The hosts' own configs build this site with its PDF and reading page, and the kit reads each
// host's address from what that host sets (no browser, no build: in `npm run check`).
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { siteAddress } from 'slidev-addon-talk-kit/site-address'

test('Netlify: npm run build into dist; its URL for production, DEPLOY_PRIME_URL for previews', () => {
  const netlify = readFileSync('netlify.toml', 'utf8')
  expect(netlify).toMatch(/command = ".*npm run build"/)
  expect(netlify).toMatch(/publish = "dist"/)
  expect(siteAddress('/', { NETLIFY: 'true', CONTEXT: 'production', URL: 'https://talk.netlify.app', DEPLOY_PRIME_URL: 'https://main--talk.netlify.app' })?.root).toBe('https://talk.netlify.app/')
  expect(siteAddress('/', { NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://talk.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-3--talk.netlify.app' })?.root).toBe('https://deploy-preview-3--talk.netlify.app/')
})

test('Vercel: npm run build into dist with an SPA fallback; host names made https addresses', () => {
  const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as { buildCommand: string, outputDirectory: string, rewrites: { source: string, destination: string }[] }
  expect(vercel.buildCommand).toMatch(/npm run build$/)
  expect(vercel.outputDirectory).toBe('dist')
  expect(vercel.rewrites.at(-1)).toEqual({ source: '/(.*)', destination: '/index.html' })
  expect(siteAddress('/', { VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'talk.vercel.app', VERCEL_URL: 'talk-abc123.vercel.app' })?.root).toBe('https://talk.vercel.app/')
  expect(siteAddress('/', { VERCEL: '1', VERCEL_ENV: 'preview', VERCEL_URL: 'talk-abc123.vercel.app' })?.root).toBe('https://talk-abc123.vercel.app/')
})

test('GitHub Pages: the workflow builds under the Pages path and passes its address', () => {
  const pages = readFileSync('.github/workflows/pages.yml', 'utf8')
  expect(pages).toContain('uses: actions/configure-pages@')
  expect(pages).toMatch(/npm run build -- --base "\$\{\{ steps\.pages\.outputs\.base_path \}\}\/"\n\s+env:\n\s+SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}/)
  expect(pages).toMatch(/path: dist\b/)
  // what configure-pages gives for a project site, and for a custom domain at the root
  expect(siteAddress('/grok-talk/', { SITE_URL: 'https://someone.github.io/grok-talk' })?.root).toBe('https://someone.github.io/grok-talk/')
  expect(siteAddress('/', { SITE_URL: 'https://talk.example.org' })?.root).toBe('https://talk.example.org/')
})

test('SITE_URL wins; none means none; a wrong one is a clear error', () => {
  expect(siteAddress('/', { SITE_URL: 'https://talk.example.org/', NETLIFY: 'true', URL: 'https://x.netlify.app' })?.from).toBe('SITE_URL')
  expect(siteAddress('/', {})).toBeUndefined()
  expect(() => siteAddress('/', { SITE_URL: 'talk.example.org' })).toThrow(/not a web address/)
  expect(() => siteAddress('/grok-talk/', { SITE_URL: 'https://someone.github.io/other' })).toThrow(/--base/)
})
