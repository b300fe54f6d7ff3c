/**
 * `npm run remote -- <password> [--port N] [--viewers]`: present from a phone or tablet. Slidev's
 * dev server listens on this laptop only; the network reaches it through a gate
 * (`addon/node/remote-gate.ts`) that lets only a browser which opened the presenter link drive or
 * change anything. With `--viewers`, people without the password may watch.
 */
import { randomBytes } from 'node:crypto'
import { networkInterfaces } from 'node:os'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import getPort, { portNumbers } from 'get-port'
import { BAD_PORTS, parsePort } from '../ports.ts'
import { createGate } from '../remote-gate.ts'
import { startSlidev } from '../slidev.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const usage = 'Usage: npm run remote -- <password> [--port N] [--viewers]'
let parsed
try {
  parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, viewers: { type: 'boolean', default: false } } })
}
catch (e) {
  fail(`${(e as Error).message}\n${usage}`)
}
const [password, ...extra] = parsed.positionals
const viewers = parsed.values.viewers
if (!password)
  fail(`${usage}\nThe password guards the talk: without one anyone on the network could drive the slides.`)
if (extra.length) {
  const [second] = extra
  if (/^\d+$/.test(second!))
    fail(`${usage}\n"${second}" came after the password: to choose the port, write --port ${second}.`)
  if (/^-*viewers$/.test(second!))
    fail(`${usage}\n"${second}" came after the password: to let people watch, write --viewers.`)
  fail(`${usage}\nThe password is one word, with no spaces: this command was given ${parsed.positionals.length} words (${parsed.positionals.join(' ')}).`)
}
if (!/^[\w-]+$/.test(password))
  fail('Use letters, digits, "-" or "_" in the password: it goes into a URL typed on the phone.')
if (password.length < 8)
  fail('Use a password of 8 characters or more: anyone on the network can try to guess it.')

/** A free port from `from` on, of those a browser opens. */
const freePort = (from: number) => getPort({ port: portNumbers(from, Math.min(from + 1000, 65535)), host: '0.0.0.0', exclude: BAD_PORTS })

let port: number
if (parsed.values.port !== undefined) {
  const asked = parsePort(parsed.values.port)
  if ('problem' in asked)
    fail(asked.problem)
  port = asked.port
  if (await getPort({ port, host: '0.0.0.0' }) !== port)
    fail(`Port ${port} is in use. Stop what holds it, or choose a free one: --port ${await freePort(port + 1)}`)
}
else {
  port = await freePort(3030)
}
/** Slidev's own port, on loopback: the laptop's projector window opens it directly. */
const slidevPort = await getPort({ host: '127.0.0.1' })

const slidevToken = randomBytes(18).toString('base64url')
const gate = createGate({
  password,
  slidevToken,
  upstreamPort: slidevPort,
  viewers,
  onGuessingRefused: (address, seconds) => console.warn(`\n  Wrong passwords from ${address}: its guesses are refused for ${seconds / 60} minutes. Other devices can still sign in.\n`),
})
await new Promise<void>(ok => gate.listen(port, '0.0.0.0', ok))

const slidev = startSlidev([`--remote=${slidevToken}`, '--bind', '127.0.0.1', '--port', String(slidevPort), '--open', 'false'], { stdio: ['inherit', 'pipe', 'inherit'] })

function printAddresses() {
  const addresses = Object.values(networkInterfaces()).flat().filter(a => a && a.family === 'IPv4' && !a.internal).map(a => a!.address)
  console.log(`\n  Remote mode on port ${port}.`)
  console.log(`  This laptop (projector): http://localhost:${slidevPort}/1`)
  if (addresses.length) {
    for (const a of addresses) console.log(`  Phone (presenter view):  http://${a}:${port}/presenter/1?password=${password}`)
  }
  else {
    console.log('  No network found: join the venue network (or the phone\'s hotspot) first, then restart.')
  }
  console.log(viewers
    ? '  Anyone on this network can watch the slides; only the phone that opened the presenter link can drive them.\n'
    : '  Only the phone that opened the presenter link can open or drive the slides from the network.\n')
}

// Slidev's own address lines name its loopback port and its internal token, which work on this
// laptop only: the addresses to use are printed instead, once Slidev is up.
let printed = false
createInterface({ input: slidev.stdout! }).on('line', (line) => {
  if (/https?:\/\//.test(line)) {
    if (!printed && /slide show/.test(line)) {
      printed = true
      printAddresses()
    }
    return
  }
  console.log(line)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => slidev.kill(signal))
slidev.once('exit', (code) => {
  gate.close()
  process.exit(code ?? 1)
})
