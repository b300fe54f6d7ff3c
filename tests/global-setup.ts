/**
 * Builds the site and writes every file the way a user would (the project's own npm scripts: real
 * `slidev build`, real exporter), then serves the builds for the browser tests.
 * SKIP_BUILD=1 reuses what the last run made.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { serve } from '../scripts/serve.ts'
import { artifacts, sites } from './sites.ts'

function npm(args: readonly string[]) {
  const started = Date.now()
  execFileSync('npm', ['--silent', ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`  npm ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export default async function globalSetup() {
  const reuse = process.env.SKIP_BUILD === '1'
  for (const site of Object.values(sites)) {
    if (reuse && existsSync(`${site.dir}/index.html`)) continue
    rmSync(site.dir, { recursive: true, force: true })
    npm(site.build)
  }
  for (const { file, make } of Object.values(artifacts)) {
    if (reuse && existsSync(file)) continue
    rmSync(file, { force: true })
    npm(make)
  }
  const servers: Server[] = []
  for (const site of Object.values(sites))
    servers.push(await serve({ dir: site.dir, base: site.base, port: site.port, fallback: site.fallback }))
  return async () => {
    await Promise.all(servers.map(s => new Promise(ok => s.close(ok))))
  }
}
