/**
 * `talk-kit remote [<password>] [--port N] [--viewers] [--lang <edition>]`: present from a phone or tablet. Slidev's
 * dev server listens on this laptop only; the network reaches it through a gate
 * (`addon/node/remote-gate.ts`) that lets only a browser which opened a presenter link drive or
 * change anything. The link is one-time, shown as a QR code on this laptop's terminal (`c` shows a
 * new one); a password given here makes a link that can be typed too. With `--viewers`, people
 * without a link watch a build of the deck that follows the talk.
 */
import { randomBytes } from 'node:crypto'
import { networkInterfaces } from 'node:os'
import { createInterface, emitKeypressEvents } from 'node:readline'
import { parseArgs } from 'node:util'
import getPort, { portNumbers } from 'get-port'
import { renderUnicodeCompact } from 'uqr'
import { assertPatchTargets } from '../patch-targets.ts'
import { BAD_PORTS, parsePort } from '../ports.ts'
import { createGate } from '../remote-gate.ts'
import { startSlidev } from '../slidev.ts'
import { commandTalk } from '../talk.ts'
import { viewerBuild } from '../viewer-build.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const usage = 'Usage: npm run remote [-- <password>] [--port N] [--viewers]'
const { talk, args } = await commandTalk(process.argv.slice(2))
let parsed
try {
  parsed = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' }, viewers: { type: 'boolean', default: false } } })
}
catch (e) {
  fail(`${(e as Error).message}\n${usage}`)
}
const [password, ...extra] = parsed.positionals
if (extra.length) {
  const [second] = extra
  if (/^\d+$/.test(second!))
    fail(`${usage}\n"${second}" came after the password: to choose the port, write --port ${second}.`)
  if (/^-*viewers$/.test(second!))
    fail(`${usage}\n"${second}" came after the password: to let people watch, write --viewers.`)
  fail(`${usage}\nThe password is one word, with no spaces: this command was given ${parsed.positionals.length} words (${parsed.positionals.join(' ')}).`)
}
if (password !== undefined && !/^[\w-]+$/.test(password))
  fail('Use letters, digits, "-" or "_" in the password: it goes into a URL typed on the phone.')
if (password !== undefined && password.length < 8)
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

let viewers: { dir: string } | undefined
if (parsed.values.viewers) {
  try {
    viewers = { dir: viewerBuild(talk.entry) }
  }
  catch (e) {
    fail((e as Error).message)
  }
}

let stopping = false
const slidevToken = randomBytes(18).toString('base64url')
const gate = createGate({
  password,
  slidevToken,
  upstreamPort: slidevPort,
  viewers,
  words: talk.words.gate,
  onGuessingRefused: (address, seconds) => console.warn(`\n  Wrong passwords from ${address}: its guesses are refused for ${seconds / 60} minutes. Other devices can still sign in.\n`),
  onProblem: (message) => {
    console.error(`\n${message}\n`)
    stop(1)
  },
})
await new Promise<void>(ok => gate.listen(port, '0.0.0.0', ok))

// the CLI's public-address lookup (node/no-public-ip.mjs answers it) is among the targets checked
// before Slidev starts; the rest are checked again by Slidev's own start (node/patch-targets.ts)
assertPatchTargets(talk.root)
// stdin is not Slidev's: its keys (`c` prints a code of its loopback port and internal token) are
// this command's own below
const slidev = startSlidev(
  [talk.entry, `--remote=${slidevToken}`, '--bind', '127.0.0.1', '--port', String(slidevPort), '--open', 'false'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
  ['--import', new URL('../no-public-ip.mjs', import.meta.url).href],
)

const networkAddresses = () => Object.values(networkInterfaces()).flat().filter(a => a && a.family === 'IPv4' && !a.internal).map(a => a!.address)

/** A new one-time presenter link for the phone, as a QR code and as text. */
function printPairing() {
  const [address] = networkAddresses()
  if (!address)
    return console.log('  No network found: join the venue network (or the phone\'s hotspot) first, then restart.')
  const link = `http://${address}:${port}/presenter/1?pair=${gate.pairingCode()}`
  console.log('\n  Phone (presenter view): scan this code with the phone\'s camera. It signs in one phone, once, within 10 minutes; press c for a new one.\n')
  console.log(renderUnicodeCompact(link, { border: 2 }).split('\n').map(line => `    ${line}`).join('\n'))
  console.log(`\n  ${link}\n`)
}

function printAddresses() {
  console.log(`\n  Remote mode on port ${port}.`)
  console.log(`  This laptop (projector): http://localhost:${slidevPort}/1${viewers ? `?join=${port}   (press j there to show the room a QR code of the viewers' address)` : ''}`)
  if (password !== undefined) {
    for (const a of networkAddresses()) console.log(`  Phone, typed by hand:    http://${a}:${port}/presenter/1?password=${password}`)
  }
  if (viewers) {
    for (const a of networkAddresses()) console.log(`  Viewers (watch only):    http://${a}:${port}/`)
  }
  console.log(viewers
    ? '  Anyone on this network can watch the slides; only a phone that opened a presenter link can drive them.'
    : '  Only a phone that opened a presenter link can open or drive the slides from the network.')
  printPairing()
  if (process.stdin.isTTY)
    console.log('  Keys: c  a new presenter link    q  quit\n')
}

// Slidev's own address lines name its loopback port and its internal token, which work on this
// laptop only: the addresses to use are printed instead, once Slidev answers.
createInterface({ input: slidev.stdout! }).on('line', (line) => {
  // nor its list of keys, which are this command's here
  if (!/https?:\/\/|shortcuts\s+>/.test(line))
    console.log(line)
})
async function whenSlidevAnswers(): Promise<void> {
  const status = await fetch(`http://127.0.0.1:${slidevPort}/`).then(r => r.status, () => 0)
  if (status === 200)
    return printAddresses()
  if (!stopping)
    setTimeout(whenSlidevAnswers, 250)
}
void whenSlidevAnswers()

if (process.stdin.isTTY) {
  emitKeypressEvents(process.stdin)
  process.stdin.setRawMode(true)
  process.stdin.on('keypress', (_text: string, key: { name?: string, ctrl?: boolean }) => {
    if (key.name === 'c' && !key.ctrl)
      printPairing()
    else if (key.name === 'q' || (key.ctrl && key.name === 'c'))
      stop(0)
  })
}

function stop(code: number) {
  if (stopping)
    return
  stopping = true
  process.exitCode = code
  slidev.kill('SIGTERM')
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => stop(0))
slidev.once('exit', (code) => {
  gate.close()
  gate.closeAllConnections()
  process.exit(stopping ? Number(process.exitCode ?? 0) : (code ?? 1))
})
