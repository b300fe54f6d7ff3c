/**
 * `npm run remote -- <password> [--port N]`: the dev server in Slidev's remote mode, listening on
 * every network interface so a phone or tablet on the same network can be the presenter view.
 * Anyone on that network can open the slides; only the presenter view (which drives every
 * screen) asks for the password.
 */
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import { parseArgs } from 'node:util'
import { runSlidev } from '../slidev.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const usage = 'Usage: npm run remote -- <password> [--port N]'
let parsed
try {
  parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string' } } })
}
catch (e) {
  fail(`${(e as Error).message}\n${usage}`)
}
const [password, ...extra] = parsed.positionals
if (!password || extra.length)
  fail(`${usage}\nThe password guards the presenter view: without one anyone on the network could drive the slides.`)
if (!/^[\w-]+$/.test(password))
  fail('Use letters, digits, "-" or "_" in the password: it goes into a URL typed on the phone.')

function isFree(port: number) {
  return new Promise<boolean>((ok) => {
    const probe = createServer().once('error', () => ok(false)).listen(port, '0.0.0.0', () => probe.close(() => ok(true)))
  })
}
let port = parsed.values.port === undefined ? undefined : Number(parsed.values.port)
if (port !== undefined) {
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    fail(`--port ${parsed.values.port} is not a port number.`)
  if (!await isFree(port))
    fail(`Port ${port} is in use. Stop what holds it, or choose another: --port ${port + 1}`)
}
else {
  port = 3030
  while (!await isFree(port)) port++
}

const addresses = Object.values(networkInterfaces()).flat().filter(a => a && a.family === 'IPv4' && !a.internal).map(a => a!.address)
console.log(`\n  Remote mode on port ${port}.`)
console.log(`  This laptop (projector): http://localhost:${port}/1`)
if (addresses.length) {
  for (const a of addresses) console.log(`  Phone (presenter view):  http://${a}:${port}/presenter/1?password=${password}`)
}
else {
  console.log('  No network found: join the venue network (or the phone\'s hotspot) first, then restart.')
}
console.log('  Anyone on this network can open the slides; only the presenter view asks for the password.\n')

process.exit(runSlidev([`--remote=${password}`, '--bind', '0.0.0.0', '--port', String(port), '--open', 'false']))
