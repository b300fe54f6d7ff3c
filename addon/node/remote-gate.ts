/**
 * The gate in front of Slidev's dev server in remote mode (`npm run remote`). Slidev listens on
 * loopback only; the network reaches the talk through this gate, which lets nothing change the
 * talk (the slide files, the shared slide state, MCP, messages a socket sends) unless the client
 * proved the password. A source address proves nothing, so every client on the gate's port meets
 * the same rules, the laptop's own browser too (its projector window uses Slidev's loopback port).
 *
 * Proof is a session cookie, set when the phone opens the presenter link (`?password=…`) and then
 * sent with every request and socket of that browser: the password is typed once. A signed-in
 * request reaches Slidev as from Slidev's own origin, which its write guard (`write-guard.ts`)
 * asks of every write; a page elsewhere that makes the phone's browser send one is refused here.
 *
 * Only the names this laptop answers to pass (its addresses, its host name, localhost): a page
 * whose own name resolves to the laptop (DNS rebinding) is refused, since the gate's rewrite of
 * `Host` hides the name from Vite's own check.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { RateLimiterRes } from 'rate-limiter-flexible'
import type { KitWords } from '../shared/words.ts'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { hostname, networkInterfaces } from 'node:os'
import { join } from 'node:path'
import compression from 'compression'
import { createProxyServer } from 'http-proxy-3'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import sirv from 'sirv'
import { WebSocket, WebSocketServer } from 'ws'
import { followSlidev } from './live-feed.ts'
import { siteQr } from './site-qr.ts'
import { cacheAsAHost } from './static-server.ts'

export interface GateOptions {
  /** a password the presenter chose, for a presenter link typed by hand; without one, only one-time links sign in */
  password?: string
  /**
   * What Slidev itself is told the remote password is. Slidev hands its value to every page it
   * serves (its presenter view checks it in the browser), so it must not be the presenter's
   * password: a viewer could read it there. The gate sends a signed-in phone on to this value.
   */
  slidevToken: string
  /** Slidev's port on 127.0.0.1 */
  upstreamPort: number
  /**
   * A built deck (its folder) that people without a password may watch, following the talk;
   * without one, they get nothing. Viewers never reach Slidev: only the build and the feed.
   */
  viewers?: { dir: string }
  /** a refusal's line in the deck's language, under the English one (shared/words.ts); none for English */
  words?: KitWords['gate']
  /** hears each address whose guesses are refused from now on, and for how many seconds */
  onGuessingRefused?: (address: string, seconds: number) => void
  /** hears a reliance on Slidev's internals that no longer holds (the viewers' feed) */
  onProblem?: (message: string) => void
}

export const SESSION_COOKIE = 'talk-remote-session'
/** The path of the viewers' feed of the talk's slide and click (server-sent events). */
const LIVE_PATH = '/__live'

/**
 * Wrong guesses allowed from one address in a minute, and how long its guesses are refused after
 * that. Per address only: a limit shared by all would let strangers spend it and lock the
 * presenter out. The gate listens on IPv4, where one device holds one address of the network.
 */
const GUESSES_PER_ADDRESS = 5
const REFUSED_FOR_SECONDS = 300
/** How long a one-time sign-in link works, unused. */
const PAIRING_MINUTES = 10
/**
 * Open connections (requests, the feed and sockets alike) one address may hold, and all may:
 * a browser opens six or so to a host. Past either, a stranger's next one is closed at once; an
 * address a phone signed in from is never turned away.
 */
const CONNECTIONS_PER_ADDRESS = 32
const CONNECTIONS_IN_ALL = 2000
/** The largest socket message a signed-in phone sends: Slidev's are a few hundred bytes. */
const MAX_FRAME_BYTES = 64 * 1024

const REFUSALS = {
  viewOnly: 'Forbidden: this talk is driven from the presenter\'s link only.',
  tooMany: 'Too many wrong passwords: wait a few minutes.',
  misdirected: 'Misdirected request: open the talk by this laptop\'s address.',
} as const

/** A refusal in English, and in the deck's language when that is another. */
const refusal = (key: keyof typeof REFUSALS, words?: KitWords['gate']) => `${REFUSALS[key]}\n${words?.[key] ? `${words[key]}\n` : ''}`

function digest(s: string) {
  return createHash('sha256').update(s).digest()
}

/** Constant-time equality: equal-length digests, so neither the length nor the first differing character shows in the time taken. */
function same(a: string, b: string) {
  return timingSafeEqual(digest(a), digest(b))
}

/** Whether `host` (a `Host` header) names this laptop on `port`: an address of its own or of loopback, its host name, localhost. */
function ownHost(host: string, port: number): boolean {
  const name = host.toLowerCase().replace(new RegExp(`:${port}$`), '')
  if (/^127(?:\.\d{1,3}){3}$/.test(name))
    return true
  const names = ['localhost', hostname(), `${hostname()}.local`]
  for (const a of Object.values(networkInterfaces()).flat()) {
    if (a)
      names.push(a.family === 'IPv6' ? `[${a.address}]` : a.address)
  }
  return names.some(n => n.toLowerCase() === name)
}

function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>()
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0)
      jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  return jar
}

export function createGate(options: GateOptions) {
  const sessions = new Set<string>()
  /** one-time sign-in codes, each with the time it stops working */
  const pairing = new Map<string, number>()
  /** the addresses phones signed in from: never turned away by the connection limits */
  const phones = new Set<string>()
  const connections = new Map<string, number>()
  let connectionsInAll = 0
  const upstream = `http://127.0.0.1:${options.upstreamPort}`
  const proxy = createProxyServer({ target: upstream, changeOrigin: true })
  const perAddress = new RateLimiterMemory({ points: GUESSES_PER_ADDRESS, duration: 60 })
  const relays = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, handleProtocols: protocols => protocols.values().next().value ?? false })
  const viewerSite = options.viewers && builtDeck(options.viewers.dir)
  const followers = new Set<ServerResponse>()
  const feed = viewerSite && followSlidev({
    upstreamPort: options.upstreamPort,
    onChange: position => followers.forEach(res => res.write(`data: ${JSON.stringify(position)}\n\n`)),
    onProblem: message => options.onProblem?.(message),
  })

  function signedIn(req: IncomingMessage) {
    const session = cookies(req).get(SESSION_COOKIE)
    return session !== undefined && [...sessions].some(s => same(s, session))
  }

  /** Whether the request names this laptop (with the gate's port), as a browser that reached it by its own address does. */
  function knownHost(req: IncomingMessage) {
    return ownHost(req.headers.host ?? '', req.socket.localPort ?? 0)
  }

  /** Whether a page of another origin than the gate's sent the request (browsers name it on writes). */
  function foreignPage(req: IncomingMessage) {
    const origin = req.headers.origin
    return origin !== undefined && origin !== `http://${req.headers.host}`
  }

  function refuse(res: ServerResponse, status = 403, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers })
    res.end({
      429: refusal('tooMany', options.words),
      421: refusal('misdirected', options.words),
      404: 'Not found.\n',
    }[status] ?? refusal('viewOnly', options.words))
  }

  /** On to the same address with Slidev's own value for the password, which its presenter view checks in the page. */
  function onToSlidev(res: ServerResponse, url: URL, headers: Record<string, string> = {}) {
    url.searchParams.delete('pair')
    url.searchParams.set('password', options.slidevToken)
    res.writeHead(303, { 'location': url.pathname + url.search + url.hash, 'cache-control': 'no-store', ...headers })
    res.end()
  }

  /** Whether `given` is the password, or a one-time code still unused (which it uses up). */
  function proves(given: string, kind: 'password' | 'pair') {
    if (kind === 'password')
      return options.password !== undefined && same(given, options.password)
    const now = Date.now()
    for (const [code, until] of pairing) {
      if (until < now)
        pairing.delete(code)
      else if (same(code, given))
        return pairing.delete(code)
    }
    return false
  }

  /** A request that carries `?password=` or `?pair=`: a right one signs the browser in; a wrong one is refused and counted. */
  async function signIn(req: IncomingMessage, res: ServerResponse, url: URL, given: string, kind: 'password' | 'pair') {
    // a signed-in phone opening its link again is no guess
    if (signedIn(req))
      return onToSlidev(res, url)
    const address = req.socket.remoteAddress ?? ''
    const record = await perAddress.get(address)
    if (record && record.remainingPoints <= 0)
      return refuse(res, 429, { 'retry-after': String(Math.ceil(record.msBeforeNext / 1000)) })
    if (!proves(given, kind)) {
      // consume rejects, with the same record, once the points are spent (guesses sent at once)
      const after = await perAddress.consume(address).catch((spent: RateLimiterRes) => spent)
      if (after.remainingPoints <= 0) {
        await perAddress.block(address, REFUSED_FOR_SECONDS)
        options.onGuessingRefused?.(address, REFUSED_FOR_SECONDS)
      }
      return refuse(res)
    }
    const session = randomBytes(32).toString('base64url')
    sessions.add(session)
    phones.add(address)
    onToSlidev(res, url, { 'set-cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Strict` })
  }

  function joinCode(req: IncomingMessage, res: ServerResponse) {
    const address = Object.values(networkInterfaces()).flat().find(a => a && a.family === 'IPv4' && !a.internal)?.address ?? req.socket.localAddress
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' })
    res.end(JSON.stringify(siteQr(`http://${address}:${req.socket.localPort}/`)))
  }

  /** What a viewer reads: the built deck and the feed, nothing of Slidev. */
  function serveViewer(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === LIVE_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      res.write(`data: ${JSON.stringify(feed!.current())}\n\n`)
      followers.add(res)
      res.on('close', () => followers.delete(res))
      return
    }
    viewerSite!(req, res, () => refuse(res, 404))
  }

  const server = createServer((req, res) => {
    if (!knownHost(req))
      return refuse(res, 421)
    const url = new URL(req.url ?? '/', 'http://gate')
    for (const kind of ['password', 'pair'] as const) {
      const given = url.searchParams.get(kind)
      // Slidev's own value in the address (a signed-in phone's reload) is no sign-in attempt
      if (given !== null && !(kind === 'password' && same(given, options.slidevToken))) {
        signIn(req, res, url, given, kind).catch(() => refuse(res, 500))
        return
      }
    }
    const reading = req.method === 'GET' || req.method === 'HEAD'
    // the address viewers watch at, as a QR code for the projector (client/join.ts): anyone may read it
    if (reading && viewerSite && url.pathname === '/__join')
      return joinCode(req, res)
    if (signedIn(req) && !foreignPage(req))
      proxy.web(req, res, { headers: { origin: upstream } })
    else if (reading && viewerSite)
      serveViewer(req, res, url)
    else refuse(res)
  })
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  // every connection counts against its address and against all, before a byte is read
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? ''
    const held = connections.get(address) ?? 0
    if (!phones.has(address) && (held >= CONNECTIONS_PER_ADDRESS || connectionsInAll >= CONNECTIONS_IN_ALL)) {
      socket.destroy()
      return
    }
    connections.set(address, held + 1)
    connectionsInAll++
    socket.once('close', () => {
      connectionsInAll--
      const left = (connections.get(address) ?? 1) - 1
      if (left)
        connections.set(address, left)
      else connections.delete(address)
    })
  })

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!knownHost(req))
      return socket.end('HTTP/1.1 421 Misdirected Request\r\nconnection: close\r\n\r\n')
    // viewers follow by the feed: only a signed-in phone has a socket, to Slidev's
    if (signedIn(req))
      return relay(req, socket, head)
    socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n${refusal('viewOnly', options.words)}`)
  })

  /** A phone's socket to Slidev's, message by message: a message over the size limit closes it. */
  function relay(req: IncomingMessage, socket: Duplex, head: Buffer) {
    relays.handleUpgrade(req, socket, head, (phone) => {
      const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map(p => p.trim()).filter(Boolean)
      const slidev = new WebSocket(`ws://127.0.0.1:${options.upstreamPort}${req.url ?? '/'}`, protocols)
      const early: [Buffer, boolean][] = []
      slidev.on('open', () => early.splice(0).forEach(([data, binary]) => slidev.send(data, { binary })))
      phone.on('message', (data: Buffer, binary) => slidev.readyState === WebSocket.OPEN ? slidev.send(data, { binary }) : early.push([data, binary]))
      slidev.on('message', (data: Buffer, binary) => phone.send(data, { binary }))
      const close = () => {
        phone.terminate()
        slidev.terminate()
      }
      for (const end of [phone, slidev]) end.on('close', close).on('error', close)
    })
  }

  proxy.on('error', (_error, _req, res) => {
    // Slidev not up yet, or restarting
    if ('writeHead' in res && !res.headersSent) {
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('The slides are starting: reload in a moment.\n')
    }
    else {
      res.destroy()
    }
  })
  server.on('close', () => feed?.close())

  return Object.assign(server, {
    /** A one-time presenter link's code (`?pair=…`): it signs one browser in, once, within ten minutes. */
    pairingCode() {
      const code = randomBytes(24).toString('base64url')
      pairing.set(code, Date.now() + PAIRING_MINUTES * 60_000)
      return code
    },
  })
}

/**
 * The built deck as viewers get it: its files, gzipped, and for every page address its
 * `index.html` marked for following the talk (`client/live.ts`), with no service worker: a viewer's
 * visit should not cache a whole site for a talk it watches once.
 */
function builtDeck(dir: string) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8').replace('<head>', `<head>\n<meta name="talk-kit-live" content="${LIVE_PATH}">`)
  const files = sirv(dir, { etag: true, setHeaders: cacheAsAHost })
  const squeeze = compression()
  return (req: IncomingMessage, res: ServerResponse, notFound: () => void) => {
    const { pathname } = new URL(req.url ?? '/', 'http://gate')
    squeeze(req as Parameters<typeof squeeze>[0], res as Parameters<typeof squeeze>[1], () => {
      if (pathname === '/sw.js')
        return notFound()
      // a page of the deck's own (`/`, `/7`, `/presenter/1`, `/overview`): its page
      if (/^(?:\/[a-z\d][\w-]*)*\/?$/i.test(pathname) || pathname === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        return res.end(page)
      }
      files(req, res, notFound)
    })
  }
}
