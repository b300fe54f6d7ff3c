import type { AddressInfo } from 'node:net'
// The remote-mode gate (addon/node/remote-gate.ts) in front of a stand-in for Slidev's dev server that
// records every request and socket message it receives: what a client without the password can
// reach, and what a signed-in one can. No browser; loopback addresses only.
import { once } from 'node:events'
import { createServer, request } from 'node:http'
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

/** The stand-in Slidev and a gate in front of it; `stop()` closes both. */
async function setUp(viewers: boolean) {
  const seen: Seen[] = []
  const origins: (string | undefined)[] = []
  const messages: string[] = []
  const refusedFrom: string[] = []
  const slidev = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url! })
    origins.push(req.headers.origin)
    res.end('slidev')
  })
  const sockets = new WebSocketServer({ server: slidev })
  sockets.on('connection', (socket) => {
    socket.on('message', data => messages.push(String(data)))
    socket.send('from slidev')
  })
  const upstreamPort = await listen(slidev)
  const gate = createGate({ password: PASSWORD, slidevToken: TOKEN, upstreamPort, viewers, onGuessingRefused: address => refusedFrom.push(address) })
  const base = `http://127.0.0.1:${await listen(gate)}`
  return {
    base,
    seen,
    origins,
    upstream: `http://127.0.0.1:${upstreamPort}`,
    messages,
    refusedFrom,
    stop: async () => {
      gate.close()
      gate.closeAllConnections()
      for (const s of sockets.clients) s.terminate()
      slidev.closeAllConnections()
      await new Promise(ok => slidev.close(ok))
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
  { method: 'POST', path: '/__slidev/slides/2.json', body: '{"content":"# 해킹된 슬라이드"}' },
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
  test(`without the password, or with a wrong one, nothing reaches Slidev but reading${viewers ? ' (viewers allowed)' : ' (no viewers)'}`, async () => {
    const { base, seen, stop } = await setUp(viewers)
    try {
      const bodies = new Set<string>()
      for (const who of ['no password', 'a wrong password', 'a forged session']) {
        for (const [i, w] of WRITES.entries()) {
          const wrong = who === 'a wrong password' ? `${w.path.includes('?') ? '&' : '?'}password=wrong-password` : ''
          // each wrong guess from an address of its own, under the limit of guesses per address
          const res = await send(`${base}${w.path}${wrong}`, { method: w.method, body: w.body, from: `127.0.1.${i + 1}`, cookie: who === 'a forged session' ? `${SESSION_COOKIE}=forged` : undefined })
          expect(res.status, `${w.method} ${w.path} with ${who}`).toBe(403)
          bodies.add(res.body)
        }
      }
      expect(seen, 'Slidev received none of it').toEqual([])
      // one answer for no password, a wrong one and a forged session: it does not say which part was wrong
      expect(bodies.size).toBe(1)

      const page = await send(`${base}/7`)
      if (viewers) {
        expect(page.status).toBe(200)
        expect(seen).toEqual([{ method: 'GET', url: '/7' }])
      }
      else {
        expect(page.status).toBe(403)
        expect(seen).toEqual([])
      }
    }
    finally {
      await stop()
    }
  })
}

test('a socket without the password is refused, or with viewers allowed it only listens', async () => {
  for (const viewers of [false, true]) {
    const { base, messages, stop } = await setUp(viewers)
    try {
      const { socket, heard, outcome } = openSocket(base)
      if (!viewers) {
        expect(await outcome).toBe(403)
        continue
      }
      expect(await outcome).toBe('open')
      await expect.poll(() => heard, 'it hears what Slidev sends every page').toEqual(['from slidev'])
      socket.send('{"type":"custom","event":"vite-plugin-vue-server-ref","data":{"key":"nav","patch":{"page":16}}}')
      // a message sent after it by a signed-in socket arrives: so the viewer's, sent first, was dropped
      const { cookie } = await signIn(base)
      const presenter = openSocket(base, { cookie })
      expect(await presenter.outcome).toBe('open')
      presenter.socket.send('from the presenter')
      await expect.poll(() => messages).toContain('from the presenter')
      expect(messages).toEqual(['from the presenter'])
      socket.close()
      presenter.socket.close()
    }
    finally {
      await stop()
    }
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
