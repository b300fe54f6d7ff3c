/**
 * `npm run serve -- [--dir dist] [--base /] [--port 4310] [--no-fallback] [--gzip]`: serves a build.
 *   --dir          folder to serve (default dist)
 *   --base         URL prefix the site was built for (e.g. /talk/)
 *   --port         port (default $PORT or 4310; a port in use is a clear error, not a silent switch)
 *   --no-fallback  plain static hosting: unknown paths are 404 (for the hash-router build)
 *   --gzip         compress text responses, as a static host would
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { parsePort } from '../ports.ts'
import { serve } from '../static-server.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

let values
try {
  ({ values } = parseArgs({
    options: {
      'dir': { type: 'string', default: 'dist' },
      'base': { type: 'string', default: '/' },
      'port': { type: 'string', default: process.env.PORT ?? '4310' },
      'no-fallback': { type: 'boolean', default: false },
      'gzip': { type: 'boolean', default: false },
    },
  }))
}
catch (e) {
  fail(`${(e as Error).message}\nUsage: npm run serve -- [--dir dist] [--base /sub/] [--port N] [--no-fallback] [--gzip]`)
}
const asked = parsePort(values.port)
if ('problem' in asked)
  fail(asked.problem)
const port = asked.port
if (!existsSync(join(values.dir, 'index.html')))
  fail(`${join(values.dir, 'index.html')} not found: run \`npm run build\` first.`)
const fallback = !values['no-fallback']
try {
  await serve({ dir: values.dir, base: values.base, port, fallback, gzip: values.gzip })
}
catch (e) {
  fail((e as Error).message)
}
console.log(`serving ${values.dir} at http://localhost:${port}${values.base}${fallback ? '' : ' (no SPA fallback)'}`)
