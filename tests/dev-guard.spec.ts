// Plain `npm run dev`: Slidev's own server, with the addon's write guard (addon/node/write-guard.ts)
// in front of it. Only this computer reaches it, and of this computer's pages only the deck's own
// write to it. Needs no build: it runs beside the builds (the \`servers\` project).
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { createServer } from 'node:http'
import { root } from './deck.ts'
import { expect, test } from './fixtures.ts'
import { lanAddress } from './network.ts'
import { freePort, npmServer } from './npm.ts'
import { NAV_16, slidesUntouched } from './talk-writes.ts'

test.describe.configure({ mode: 'serial' })

test.describe('plain npm run dev', () => {
  let dev: ReturnType<typeof npmServer>
  let base: string
  test.beforeAll(async () => {
    test.setTimeout(3 * 60_000)
    const port = await freePort()
    dev = npmServer(['run', 'dev', '--', '--port', String(port)], root)
    base = `http://localhost:${port}`
    await expect.poll(async () => (await fetch(`${base}/`).catch(() => undefined))?.status, { timeout: 120_000 }).toBe(200)
  })
  test.afterAll(async () => {
    await dev?.stop()
  })
  /** The slide the shared state names (what every window of the talk follows). */
  const sharedPage = async () => Number(/"page":(\d+)/.exec(await (await fetch(`${base}/@server-reactive/nav?t=${Date.now()}`)).text())?.[1])

  test('it listens on this computer only', async () => {
    const error = await fetch(`http://${lanAddress}:${new URL(base).port}/`).then(() => 'answered', (e: Error) => String((e.cause as { code?: string } | undefined)?.code))
    expect(error, `the network address ${lanAddress}`).toBe('ECONNREFUSED')
  })

  test('no web page but the deck\'s own writes to the talk: a page on another origin changes neither the slides nor the slide shown', async ({ browser }) => {
    const before = await sharedPage()
    // a page on another origin of this computer, in the presenter's own browser: no-cors POSTs need no permission
    const other = createServer((_req, res) => res.end('<!doctype html><title>elsewhere</title>'))
    other.listen(0, '127.0.0.1')
    await once(other, 'listening')
    const elsewhere = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
    const page = await browser.newPage()
    try {
      await slidesUntouched(async () => {
        // what curl sends: a foreign origin, text/plain, to the slide, state and server-ref endpoints
        const writes = [
          ['slide write', '/__slidev/slides/2.json', JSON.stringify({ content: '# 해킹된 슬라이드' })],
          ['nav write', '/@server-reactive/nav', NAV_16],
          ['server-ref', '/@server-ref/nav', '{"data":{"page":16}}'],
        ] as const
        for (const [what, path, body] of writes) {
          const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'origin': 'http://evil.example', 'content-type': 'text/plain' }, body })
          expect(res.status, what).toBe(403)
        }
        // JSON from a page on another localhost port, which Vite's default CORS would let through
        const json = await fetch(`${base}/@server-reactive/nav`, { method: 'POST', headers: { 'origin': 'http://localhost:5173', 'content-type': 'application/json' }, body: NAV_16 })
        expect(json.status).toBe(403)
        await page.goto(elsewhere)
        await page.evaluate(async ({ base, slide, nav }) => {
          await fetch(`${base}/__slidev/slides/2.json`, { method: 'POST', mode: 'no-cors', body: slide })
          await fetch(`${base}/@server-reactive/nav`, { method: 'POST', mode: 'no-cors', body: nav })
        }, { base, slide: JSON.stringify({ content: '# 해킹된 슬라이드' }), nav: NAV_16 })
        // the browser sent both (an opaque answer tells the page nothing): the server says it refused them
        await expect.poll(() => dev.output()).toContain(`refused POST /__slidev/slides/2.json (403): a write from ${elsewhere}`)
        await expect.poll(() => dev.output()).toContain(`refused POST /@server-reactive/nav (403): a write from ${elsewhere}`)
      })
      expect(await sharedPage(), 'the slide every window follows').toBe(before)

      // a page of the server's own origin writes the shared state as the presenter view does, and
      // a slide as the editor does (unchanged here): the browser names that origin on both
      await page.goto(`${base}/__slidev/slides/2.json`)
      const ownWrite = (path: string, body: string) => page.evaluate(async ({ path, body }) => (await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status, { path, body })
      expect(await ownWrite('/@server-reactive/nav', JSON.stringify({ patch: { page: 2, clicks: 0 } }))).toBe(200)
      await expect.poll(sharedPage).toBe(2)
      await slidesUntouched(async () => {
        expect(await ownWrite('/__slidev/slides/2.json', '{}')).toBe(200)
      })
    }
    finally {
      await page.close()
      other.close()
    }
  })

  test('a prototype key in a path or a body, an oversized and a malformed body get a 4xx, and the server goes on serving', async () => {
    const own = { 'origin': base, 'content-type': 'application/json' }
    const cases = [
      { path: '/@server-ref/__proto__/toString', body: '{"data":{}}', status: 400 },
      { path: '/@server-reactive/nav', body: '{"patch":{"__proto__":{"polluted":true}}}', status: 400 },
      { path: '/@server-reactive/nav', body: '{"patch":', status: 400 },
      { path: '/@server-reactive/nav', body: JSON.stringify({ patch: { page: 1, pad: 'x'.repeat(64 * 1024) } }), status: 413 },
      { path: '/__slidev/slides/2.json', body: '{"content":', status: 400 },
    ]
    await slidesUntouched(async () => {
      for (const c of cases)
        expect((await fetch(`${base}${c.path}`, { method: 'POST', headers: own, body: c.body })).status, `${c.path} ${c.body.slice(0, 40)}`).toBe(c.status)
    })
    // every module still answers: the slide state, a slide, Vite's client
    for (const path of ['/@server-reactive/nav', '/__slidev/slides/2.json', '/@vite/client'])
      expect((await fetch(`${base}${path}`)).status, path).toBe(200)
  })
})
