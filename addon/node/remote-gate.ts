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
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import { hostname, networkInterfaces } from 'node:os'
import { createProxyServer } from 'http-proxy-3'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { WebSocket, WebSocketServer } from 'ws'

export interface GateOptions {
  /** the presenter's password, as typed in the presenter link */
  password: string
  /**
   * What Slidev itself is told the remote password is. Slidev hands its value to every page it
   * serves (its presenter view checks it in the browser), so it must not be the presenter's
   * password: a viewer could read it there. The gate sends a signed-in phone on to this value.
   */
  slidevToken: string
  /** Slidev's port on 127.0.0.1 */
  upstreamPort: number
  /** whether people without the password may watch (read the slides and follow the talk) */
  viewers: boolean
  /** hears each address whose guesses are refused from now on, and for how many seconds */
  onGuessingRefused?: (address: string, seconds: number) => void
}

export const SESSION_COOKIE = 'talk-remote-session'

/**
 * Wrong guesses allowed from one address in a minute, and how long its guesses are refused after
 * that. Per address only: a limit shared by all would let strangers spend it and lock the
 * presenter out. The gate listens on IPv4, where one device holds one address of the network.
 */
const GUESSES_PER_ADDRESS = 5
const REFUSED_FOR_SECONDS = 300

const REFUSED = 'Forbidden: this talk is driven from the presenter\'s link only.\n'
  + '이 발표는 발표자 링크로만 조작할 수 있습니다.\n'

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
  const upstream = `http://127.0.0.1:${options.upstreamPort}`
  const proxy = createProxyServer({ target: upstream, changeOrigin: true, ws: true })
  const perAddress = new RateLimiterMemory({ points: GUESSES_PER_ADDRESS, duration: 60 })
  const sockets = new WebSocketServer({ noServer: true, handleProtocols: protocols => protocols.values().next().value ?? false })

  function signedIn(req: IncomingMessage) {
    const session = cookies(req).get(SESSION_COOKIE)
    return session !== undefined && [...sessions].some(s => same(s, session))
  }

  /** Viewers (when allowed) read: pages, modules and assets, never Vite's or Slidev's tool endpoints (`/__open-in-editor`, `/__mcp`, …). */
  function viewerMay(req: IncomingMessage) {
    return options.viewers && !new URL(req.url ?? '/', 'http://gate').pathname.startsWith('/__')
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
      429: 'Too many wrong passwords: wait a few minutes.\n잘못된 비밀번호가 너무 많습니다. 몇 분 뒤에 다시 시도하세요.\n',
      421: 'Misdirected request: open the talk by this laptop\'s address.\n이 노트북의 주소로 여세요.\n',
    }[status] ?? REFUSED)
  }

  /** A request that carries `?password=`: the presenter link signs the browser in; a wrong one is refused and counted. */
  /** On to the same address with Slidev's own value for the password, which its presenter view checks in the page. */
  function onToSlidev(res: ServerResponse, url: URL, headers: Record<string, string> = {}) {
    url.searchParams.set('password', options.slidevToken)
    res.writeHead(303, { 'location': url.pathname + url.search + url.hash, 'cache-control': 'no-store', ...headers })
    res.end()
  }

  /** A request that carries `?password=`: the presenter link signs the browser in; a wrong one is refused and counted. */
  async function signIn(req: IncomingMessage, res: ServerResponse, url: URL, given: string) {
    // a signed-in phone opening its link again is no guess
    if (signedIn(req))
      return onToSlidev(res, url)
    const address = req.socket.remoteAddress ?? ''
    const record = await perAddress.get(address)
    if (record && record.remainingPoints <= 0)
      return refuse(res, 429, { 'retry-after': String(Math.ceil(record.msBeforeNext / 1000)) })
    if (!same(given, options.password)) {
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
    onToSlidev(res, url, { 'set-cookie': `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Strict` })
  }

  const server = createServer((req, res) => {
    if (!knownHost(req))
      return refuse(res, 421)
    const url = new URL(req.url ?? '/', 'http://gate')
    const given = url.searchParams.get('password')
    // Slidev's own value in the address (a signed-in phone's reload) is no sign-in attempt
    if (given !== null && !same(given, options.slidevToken)) {
      signIn(req, res, url, given).catch(() => refuse(res, 500))
      return
    }
    const reading = req.method === 'GET' || req.method === 'HEAD'
    if (signedIn(req) && !foreignPage(req))
      proxy.web(req, res, { headers: { origin: upstream } })
    else if (reading && viewerMay(req))
      proxy.web(req, res)
    else refuse(res)
  })

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!knownHost(req))
      return socket.end('HTTP/1.1 421 Misdirected Request\r\nconnection: close\r\n\r\n')
    if (signedIn(req))
      return proxy.ws(req, socket, head)
    if (viewerMay(req))
      return followOnly(req, socket, head)
    socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain; charset=utf-8\r\nconnection: close\r\n\r\n${REFUSED}`)
  })

  /** A viewer's socket hears what Slidev sends every page (the shared slide state, reloads); what it sends is dropped. */
  function followOnly(req: IncomingMessage, socket: Duplex, head: Buffer) {
    sockets.handleUpgrade(req, socket, head, (viewer) => {
      const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map(p => p.trim()).filter(Boolean)
      const slidev = new WebSocket(`ws://127.0.0.1:${options.upstreamPort}${req.url ?? '/'}`, protocols)
      slidev.on('message', (data, isBinary) => viewer.send(data, { binary: isBinary }))
      const close = () => {
        viewer.terminate()
        slidev.terminate()
      }
      for (const end of [viewer, slidev]) end.on('close', close).on('error', close)
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

  return server
}
