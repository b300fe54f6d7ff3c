/**
 * Builds the site the way a user would (the real `slidev build`), exports the real PDF, and serves
 * the builds for the browser tests. SKIP_BUILD=1 reuses the builds and files of the last run.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { dirname } from 'node:path'
import { serve } from '../scripts/serve.ts'
import { artifacts, sites } from './sites.ts'

function run(cmd: string, args: string[]) {
  const started = Date.now()
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`  ${[cmd, ...args].join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

export default async function globalSetup() {
  const reuse = process.env.SKIP_BUILD === '1'
  for (const site of Object.values(sites)) {
    if (reuse && existsSync(`${site.dir}/index.html`)) continue
    rmSync(site.dir, { recursive: true, force: true })
    run('npx', ['slidev', 'build', '--out', site.dir, ...site.buildArgs])
  }
  if (!(reuse && existsSync(artifacts.pdf))) {
    mkdirSync(dirname(artifacts.pdf), { recursive: true })
    run('npx', ['tsx', 'scripts/export.ts', '--output', artifacts.pdf])
  }
  const servers: Server[] = []
  for (const site of Object.values(sites))
    servers.push(await serve({ dir: site.dir, base: site.base, port: site.port, fallback: site.fallback }))
  return async () => {
    await Promise.all(servers.map(s => new Promise(ok => s.close(ok))))
  }
}
