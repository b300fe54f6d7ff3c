import type { AddressInfo } from 'node:net'
// The write guard (addon/node/write-guard.ts) in front of a stand-in for Slidev's middleware that
// reads a JSON body the way Slidev's readers do: who may write, what a body may hold, and that a
// body the guard has read still reaches the reader whole. No browser; loopback only. The guard in
// front of the real dev server: tests/remote.spec.ts.
import { once } from 'node:events'
import { createServer } from 'node:http'
import { expect, test } from '@playwright/test'
import { writeGuardMiddleware } from '../node/write-guard.ts'

async function setUp() {
  const reached: { url: string, body: unknown }[] = []
  const warnings: string[] = []
  const guard = writeGuardMiddleware(line => warnings.push(line))
  const server = createServer((req, res) => guard(req, res, () => {
    let text = ''
    req.on('data', (chunk: Buffer) => text += chunk)
    req.on('end', () => {
      reached.push({ url: req.url!, body: text ? JSON.parse(text) : undefined })
      res.end('ok')
    })
  }))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const send = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${path}`, init)
    return { status: res.status, text: await res.text() }
  }
  return { base, reached, warnings, send, stop: () => server.close() }
}

test('a write from no page (a tool on this computer) passes, one a page\'s fetch metadata calls cross-site does not', async () => {
  const { reached, send, stop } = await setUp()
  try {
    expect((await send('/@server-reactive/nav', { method: 'POST', body: '{"patch":{"page":3}}' })).status).toBe(200)
    expect((await send('/@server-reactive/nav', { method: 'POST', body: '{"patch":{"page":4}}', headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
    expect((await send('/@server-reactive/nav', { method: 'POST', body: '{"patch":{"page":5}}', headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403)
    expect(reached).toEqual([{ url: '/@server-reactive/nav', body: { patch: { page: 3 } } }])
  }
  finally {
    stop()
  }
})

test('a body sent slowly, in pieces, reaches the reader whole after the guard has read it', async () => {
  const { base, reached, stop } = await setUp()
  try {
    const body = JSON.stringify({ content: `# Title\n\n${'Body — ñü text '.repeat(1000)}` })
    const pieces = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const bytes = new TextEncoder().encode(body)
        for (let i = 0; i < bytes.length; i += 1000) {
          controller.enqueue(bytes.slice(i, i + 1000))
          await new Promise(setImmediate)
        }
        controller.close()
      },
    })
    const res = await fetch(`${base}/__slidev/slides/2.json`, { method: 'POST', body: pieces, duplex: 'half', headers: { origin: base } } as RequestInit)
    expect(res.status).toBe(200)
    expect(reached).toEqual([{ url: '/__slidev/slides/2.json', body: JSON.parse(body) }])
  }
  finally {
    stop()
  }
})

test('the editor launcher opens for this server\'s own page only; a large write elsewhere is refused unread', async () => {
  const { base, reached, warnings, send, stop } = await setUp()
  try {
    const open = '/__open-in-editor?file=slides.md'
    expect((await send(open)).status, 'from no page').toBe(403)
    expect((await send(open, { headers: { 'sec-fetch-site': 'cross-site' } })).status, 'from another site').toBe(403)
    expect((await send(open, { headers: { 'sec-fetch-site': 'same-origin' } })).status, 'from the deck\'s own page').toBe(200)
    expect((await send(open, { headers: { origin: base } })).status, 'through the remote gate').toBe(200)
    expect((await send('/__mcp', { method: 'POST', body: 'x'.repeat(65 * 1024) })).status).toBe(413)
    expect(reached.map(r => r.url)).toEqual([open, open])
    // the terminal hears each kind of refusal once
    expect((await send(open)).status).toBe(403)
    expect(warnings).toEqual([
      'talk-kit: refused GET /__open-in-editor (403): a call of the editor launcher from no page of this server',
      'talk-kit: refused GET /__open-in-editor (403): a call of the editor launcher from a cross-site page',
      'talk-kit: refused POST /__mcp (413): a body over 64 KiB',
    ])
  }
  finally {
    stop()
  }
})
