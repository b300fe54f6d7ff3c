import type { AddressInfo, Socket } from 'node:net'
// The remote-mode gate (addon/node/remote-gate.ts) in front of a stand-in for Slidev's dev server that
// records every request and socket message it receives: what a client without the password can
// reach, and what a signed-in one can. No browser; loopback addresses only.
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { WebSocketServer } from 'ws'
import { createGate, SESSION_COOKIE } from '../node/remote-gate.ts'
import { openSocket } from './socket.ts'

const PASSWORD = 'rehearsal-2025'
const TOKEN = 'slidev-internal-token'

interface Seen { method: string, url: string, origin?: string }

async function listen(server: ReturnType<typeof createServer>): Promise<number> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return (server.address() as AddressInfo).port
}

/** A built deck, as `slidev build` writes one: its page, an asset and the service worker. */
function builtDeck() {
  const dir = mkdtempSync(join(tmpdir(), 'viewer-build-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>deck</title></head><body></body></html>')
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log("deck")\n'.repeat(200))
  writeFileSync(join(dir, 'sw.js'), 'self.skipWaiting()')
  return dir
}

/**
 * The stand-in Slidev and a gate in front of it; `stop()` closes both. It records every request and
 * socket message from clients; the gate's own feed (Node's fetch, for viewers) reads the shared
 * state as Slidev's pages do and is not recorded.
 */
async function setUp(viewers: boolean) {
  const seen: Seen[] = []
  const origins: (string | undefined)[] = []
  const messages: string[] = []
  const refusedFrom: string[] = []
  const slidev = createServer((req, res) => {
    if (req.headers['user-agent'] === 'node') {
      const feed: Record<string, string> = { '/@vite/client': 'const wsToken = "stand-in-token"', '/@server-reactive/nav': 'const data = reactive({"page":1,"clicks":0})' }
      return res.end(feed[req.url!] ?? '')
    }
    seen.push({ method: req.method!, url: req.url! })
    origins.push(req.headers.origin)
    res.end('slidev')
  })
  const sockets = new WebSocketServer({ server: slidev })
  sockets.on('connection', (socket, req) => {
    if (req.url?.includes('stand-in-token'))
      return
    socket.on('message', data => messages.push(String(data)))
    socket.send('from slidev')
  })
  const upstreamPort = await listen(slidev)
  const dir = viewers ? builtDeck() : undefined
  const gate = createGate({ password: PASSWORD, slidevToken: TOKEN, upstreamPort, viewers: dir ? { dir } : undefined, onGuessingRefused: address => refusedFrom.push(address) })
  const base = `http://127.0.0.1:${await listen(gate)}`
  return {
    base,
    gate,
    seen,
    origins,
    upstream: `http://127.0.0.1:${upstreamPort}`,
    messages,
    refusedFrom,
    /** whether the gate's feed has its socket to Slidev (viewers then learn where the talk is) */
    feedConnected: () => [...sockets.clients].length > 0,
    /** Slidev broadcasting a change of the shared state's slide and click, as it does to its pages */
    moveTo: (page: number, clicks: number) => sockets.clients.forEach(c => c.send(JSON.stringify({ type: 'custom', event: 'vue-server-ref', data: { key: 'nav', patch: { page, clicks } } }))),
    stop: async () => {
      gate.close()
      gate.closeAllConnections()
      for (const s of sockets.clients) s.terminate()
      slidev.closeAllConnections()
      await new Promise(ok => slidev.close(ok))
      if (dir)
        rmSync(dir, { recursive: true })
    },
  }
}

/** A request from a chosen loopback address (fetch cannot choose one). */
function send(url: string, init: { method?: string, cookie?: string, from?: string, body?: string, headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number, body: string, headers: Record<string, string | string[] | undefined> }>((ok, fail) => {
    const req = request(url, { method: init.method ?? 'GET', localAddress: init.from, headers: { ...init.cookie ? { cookie: init.cookie } : {}, ...init.headers } }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => body += d.toString())
      res.on('end', () => ok({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.once('error', fail)
    req.end(init.body)
  })
}

async function signIn(base: string) {
  const res = await send(`${base}/presenter/1?password=${PASSWORD}`)
  expect(res.status).toBe(303)
  const cookie = String(res.headers['set-cookie']).split(';')[0]!
  return { res, cookie }
}

// what a stranger tries: each write the issue names, the MCP endpoint, the editor launcher, a page
const WRITES = [
  { method: 'POST', path: '/__slidev/slides/2.json', body: '{"content":"# A slide rewritten"}' },
  { method: 'POST', path: '/@server-reactive/nav', body: '{"patch":{"page":16,"clicks":0}}' },
  { method: 'POST', path: '/@server-ref/nav', body: '{"data":{}}' },
  { method: 'PUT', path: '/slides.md', body: '' },
  { method: 'PATCH', path: '/', body: '' },
  { method: 'DELETE', path: '/', body: '' },
  { method: 'POST', path: '/__mcp', body: '{"jsonrpc":"2.0","id":1,"method":"initialize"}' },
  { method: 'GET', path: '/__mcp', body: undefined },
  { method: 'GET', path: '/__open-in-editor?file=slides.md', body: undefined },
]

for (const viewers of [false, true]) {
  test(`without the password, or with a wrong one, nothing reaches Slidev${viewers ? ' (viewers read the built deck)' : ' (no viewers)'}`, async () => {
    const { base, seen, stop } = await setUp(viewers)
    try {
      const bodies = new Set<string>()
      for (const who of ['no password', 'a wrong password', 'a forged session']) {
        for (const [i, w] of WRITES.entries()) {
          const wrong = who === 'a wrong password' ? `${w.path.includes('?') ? '&' : '?'}password=wrong-password` : ''
          // each wrong guess from an address of its own, under the limit of guesses per address
          const res = await send(`${base}${w.path}${wrong}`, { method: w.method, body: w.body, from: `127.0.1.${i + 1}`, cookie: who === 'a forged session' ? `${SESSION_COOKIE}=forged` : undefined })
          // a viewer's plain read of a tool endpoint is a file the build does not have
          expect(res.status, `${w.method} ${w.path} with ${who}`).toBe(viewers && w.method === 'GET' && !wrong ? 404 : 403)
          if (res.status === 403)
            bodies.add(res.body)
        }
      }
      // one answer for no password, a wrong one and a forged session: it does not say which part was wrong
      expect(bodies.size).toBe(1)

      // what a stranger reads: a slide's page, Vite's modules (with random queries, each of which
      // Vite would transform and keep), the slides' source, the project's files
      const reads = ['/7', '/presenter/1', '/assets/index-abc.js', '/sw.js', '/@vite/client', '/slides.md?raw', '/package.json', ...Array.from({ length: 20 }, (_, i) => `/node_modules/chart.js/dist/chart.js?x=${i}`)]
      const answers = await Promise.all(reads.map(async path => [path, (await send(`${base}${path}`)).status] as const))
      expect(Object.fromEntries(answers)).toEqual(Object.fromEntries(reads.map(path => [path, !viewers ? 403 : ['/7', '/presenter/1', '/assets/index-abc.js'].includes(path) ? 200 : 404])))
      expect(seen, 'Slidev received none of it').toEqual([])
      if (viewers) {
        const page = await send(`${base}/7`)
        expect(page.body, 'the deck\'s page, marked to follow the talk').toContain('<meta name="talk-kit-live" content="/__live">')
        const asset = await send(`${base}/assets/index-abc.js`, { headers: { 'accept-encoding': 'gzip' } })
        expect(asset.headers['content-encoding']).toBe('gzip')
      }
    }
    finally {
      await stop()
    }
  })
}

test('viewers follow the talk by a feed of the shared state\'s slide and click', async () => {
  const { base, moveTo, feedConnected, stop } = await setUp(true)
  try {
    await expect.poll(feedConnected).toBe(true)
    const res = await fetch(`${base}/__live`)
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    const events = res.body!.pipeThrough(new TextDecoderStream()).getReader()
    const heard: string[] = []
    const next = async () => {
      while (!heard.at(-1)?.endsWith('\n\n')) heard.push((await events.read()).value ?? '')
      const event = heard.splice(0).join('')
      return JSON.parse(event.slice('data: '.length)) as unknown
    }
    expect(await next(), 'where the talk is when a viewer joins').toEqual({ page: 1, clicks: 0 })
    moveTo(5, 2)
    expect(await next()).toEqual({ page: 5, clicks: 2 })
    moveTo(6, 0)
    expect(await next()).toEqual({ page: 6, clicks: 0 })
    await events.cancel()
  }
  finally {
    await stop()
  }
})

test('a socket without a sign-in is refused, viewers or not; a signed-in phone\'s socket goes both ways and closes on an oversized message', async () => {
  for (const viewers of [false, true]) {
    const { base, messages, stop } = await setUp(viewers)
    try {
      expect(await openSocket(base).outcome, `a stranger's socket${viewers ? ', viewers allowed' : ''}`).toBe(403)
      const { cookie } = await signIn(base)
      const phone = openSocket(base, { cookie })
      expect(await phone.outcome).toBe('open')
      await expect.poll(() => phone.heard, 'it hears Slidev').toEqual(['from slidev'])
      phone.socket.send('from the presenter')
      await expect.poll(() => messages).toEqual(['from the presenter'])
      const closed = once(phone.socket, 'close')
      phone.socket.send('x'.repeat(65 * 1024))
      expect((await closed)[0], 'closed: message too big').toBe(1009)
      expect(messages).toEqual(['from the presenter'])
    }
    finally {
      await stop()
    }
  }
})

test('connections are limited per address: a stranger\'s flood is cut and the phone still signs in and drives', async () => {
  const { base, seen, stop } = await setUp(true)
  try {
    const port = Number(new URL(base).port)
    /** `n` connections from `from`, each once the gate has taken or closed it */
    const hold = async (from: string, n: number) => {
      const sockets: Socket[] = []
      for (let i = 0; i < n; i++) {
        const s = connect({ port, host: '127.0.0.1', localAddress: from }).on('error', () => {})
        sockets.push(s)
        await once(s, 'connect')
      }
      return sockets
    }
    const flood = await hold('127.0.5.1', 100)
    await expect.poll(() => flood.filter(s => !s.closed).length, 'what one address may hold').toBe(32)
    // the phone, on its own address, signs in and drives while the flood holds
    const { cookie } = await signIn(base)
    expect((await send(`${base}/@server-reactive/nav`, { method: 'POST', body: '{"patch":{"page":2}}', cookie })).status).toBe(200)
    expect(seen.map(r => r.url)).toEqual(['/@server-reactive/nav'])
    // and an address a phone signed in from is never turned away
    const phone = await hold('127.0.0.1', 60)
    await expect.poll(() => phone.filter(s => !s.closed).length).toBe(60)
    for (const s of [...flood, ...phone]) s.destroy()
  }
  finally {
    await stop()
  }
})

test('a one-time link signs one phone in, once', async () => {
  const { base, gate, stop } = await setUp(false)
  try {
    const code = gate.pairingCode()
    const first = await send(`${base}/presenter/1?pair=${code}`, { from: '127.0.6.1' })
    expect(first.status).toBe(303)
    expect(first.headers.location).toBe(`/presenter/1?password=${TOKEN}`)
    expect(String(first.headers['set-cookie'])).toContain(`${SESSION_COOKIE}=`)
    expect((await send(`${base}/presenter/1?pair=${code}`, { from: '127.0.6.2' })).status, 'the same link again').toBe(403)
    expect((await send(`${base}/presenter/1?pair=${gate.pairingCode()}`, { from: '127.0.6.2' })).status, 'a new one').toBe(303)
  }
  finally {
    await stop()
  }
})

test('the presenter link signs the browser in once, and then everything passes', async () => {
  const { base, seen, messages, stop } = await setUp(false)
  try {
    const { res, cookie } = await signIn(base)
    // on to Slidev's own value, which its presenter view checks in the page
    expect(res.headers.location).toBe(`/presenter/1?password=${TOKEN}`)
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)
    for (const w of WRITES) expect((await send(`${base}${w.path}`, { method: w.method, body: w.body, cookie })).status, `${w.method} ${w.path}`).toBe(200)
    // a reload of the address it was sent on is no password guess
    expect((await send(`${base}/presenter/5?password=${TOKEN}`, { cookie })).status).toBe(200)
    expect(seen.map(s => `${s.method} ${s.url}`)).toEqual([...WRITES.map(w => `${w.method} ${w.path}`), `GET /presenter/5?password=${TOKEN}`])
    const { socket, outcome } = openSocket(base, { cookie })
    expect(await outcome).toBe('open')
    socket.send('next slide')
    await expect.poll(() => messages).toEqual(['next slide'])
    socket.close()
  }
  finally {
    await stop()
  }
})

test('wrong guesses are limited per address only: strangers guessing from many addresses lock nobody else out', async () => {
  const { base, refusedFrom, stop } = await setUp(false)
  try {
    // a signed-in phone first; its link opened again later is no guess, however many strangers guess
    const { cookie } = await signIn(base)
    // ten strangers (Linux routes all of 127/8 to loopback), each up to its own limit
    for (let a = 1; a <= 10; a++) {
      for (let i = 0; i < 5; i++)
        expect((await send(`${base}/presenter/1?password=guess-${i}`, { from: `127.0.2.${a}` })).status).toBe(403)
    }
    const blocked = await send(`${base}/presenter/1?password=${PASSWORD}`, { from: '127.0.2.1' })
    expect(blocked.status, 'the sixth from one address is refused, even when right').toBe(429)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60)
    expect(refusedFrom, 'the terminal hears each address refused').toEqual(Array.from({ length: 10 }, (_, a) => `127.0.2.${a + 1}`))
    // the presenter's own device, on an address of its own, signs in
    expect((await send(`${base}/presenter/1?password=${PASSWORD}`, { from: '127.0.0.2' })).status).toBe(303)
    // and the phone signed in before re-opens its link from a refused address: still signed in
    const again = await send(`${base}/presenter/3?password=${PASSWORD}`, { from: '127.0.2.1', cookie })
    expect(again.status).toBe(303)
    expect(again.headers.location).toBe(`/presenter/3?password=${TOKEN}`)
  }
  finally {
    await stop()
  }
})

test('a signed-in request reaches Slidev as from Slidev\'s own origin; from another page, or to another host name, it is refused', async () => {
  const { base, seen, origins, upstream, stop } = await setUp(false)
  try {
    const { cookie } = await signIn(base)
    const nav = { method: 'POST', body: '{"patch":{"page":3}}', cookie }
    expect((await send(`${base}/@server-reactive/nav`, { ...nav, headers: { origin: base } })).status).toBe(200)
    expect((await send(`${base}/@server-reactive/nav`, nav)).status).toBe(200)
    expect((await send(`${base}/@server-reactive/nav`, { ...nav, headers: { origin: 'http://127.0.0.1:9' } })).status, 'a page on another port').toBe(403)
    // a name that resolves to the laptop only by a stranger's DNS (rebinding): neither pages nor sockets
    for (const host of ['evil.example', `evil.example:${new URL(base).port}`, '127.0.0.1:1'])
      expect((await send(`${base}/1`, { cookie, headers: { host } })).status, host).toBe(421)
    const { outcome } = openSocket(base, { cookie, headers: { host: 'evil.example' } })
    expect(await outcome).toBe(421)
    expect(seen.map(s => s.method)).toEqual(['POST', 'POST'])
    expect(origins).toEqual([upstream, upstream])
  }
  finally {
    await stop()
  }
})
