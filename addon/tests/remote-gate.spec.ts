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

interface Seen { method: string, url: string }

async function listen(server: ReturnType<typeof createServer>): Promise<number> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return (server.address() as AddressInfo).port
}

/** The stand-in Slidev and a gate in front of it; `stop()` closes both. */
async function setUp(viewers: boolean) {
  const seen: Seen[] = []
  const messages: string[] = []
  const slidev = createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url! })
    res.end('slidev')
  })
  const sockets = new WebSocketServer({ server: slidev })
  sockets.on('connection', (socket) => {
    socket.on('message', data => messages.push(String(data)))
    socket.send('from slidev')
  })
  const upstreamPort = await listen(slidev)
  const gate = createGate({ password: PASSWORD, slidevToken: TOKEN, upstreamPort, viewers })
  const base = `http://127.0.0.1:${await listen(gate)}`
  return {
    base,
    seen,
    messages,
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
function send(url: string, init: { method?: string, cookie?: string, from?: string, body?: string } = {}) {
  return new Promise<{ status: number, body: string, headers: Record<string, string | string[] | undefined> }>((ok, fail) => {
    const req = request(url, { method: init.method ?? 'GET', localAddress: init.from, headers: init.cookie ? { cookie: init.cookie } : {} }, (res) => {
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

test('wrong guesses are limited per address: the sixth is refused even when right, another address still signs in', async () => {
  const { base, stop } = await setUp(false)
  try {
    for (let i = 0; i < 5; i++)
      expect((await send(`${base}/presenter/1?password=guess-${i}`, { from: '127.0.0.1' })).status).toBe(403)
    const blocked = await send(`${base}/presenter/1?password=${PASSWORD}`, { from: '127.0.0.1' })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    // a second loopback address (Linux routes all of 127/8 to loopback)
    expect((await send(`${base}/presenter/1?password=${PASSWORD}`, { from: '127.0.0.2' })).status).toBe(303)
  }
  finally {
    await stop()
  }
})
