/**
 * Serves the three builds for the browser tests. The static server reads files per request, so it
 * can start before the builds exist (the `artefacts` setup project makes them).
 */
import type { Server } from 'node:http'
import { serve } from 'slidev-addon-talk-kit/serve'
import { sites } from './sites.ts'

export default async function globalSetup() {
  const servers: Server[] = []
  for (const site of Object.values(sites))
    servers.push(await serve({ dir: site.dir, base: site.base, port: site.port, fallback: site.fallback }))
  return async () => {
    await Promise.all(servers.map(s => new Promise(ok => s.close(ok))))
  }
}
