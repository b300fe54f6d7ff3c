// Presenting from a second device: the dev server in remote mode (`npm run remote -- <password>`),
// a phone on the network as the presenter view, the laptop's window on the projector. Each is its
// own browser context, as on separate devices: nothing shared but the server. A stranger on the
// network meets the gate (addon/node/remote-gate.ts) as the phone does: on its network address.
import type { Browser, Page } from '@playwright/test'
import { openSocket } from 'slidev-addon-talk-kit/testing/socket'
import { root } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { lanAddress } from './network.ts'
import { freePort, npmServer } from './npm.ts'
import { deckStates, shownState } from './rehearsal.ts'
import { NAV_16, slidesUntouched } from './talk-writes.ts'

const states = await deckStates()
/** The state `step` keys away from `s` (a slide and click), as an address shows it. */
function stepFrom(s: { no: number, clicks: number }, step: number) {
  const t = states[states.findIndex(x => x.no === s.no && x.clicks === s.clicks) + step]!
  return { no: t.no, clicks: t.clicks }
}
const PASSWORD = 'rehearsal-2025'

/** `npm run remote`, once Slidev answers: the gate's address (the network's) and Slidev's own (the laptop's). */
async function startRemote(...flags: string[]) {
  const port = await freePort()
  const server = npmServer(['run', 'remote', '--', PASSWORD, '--port', String(port), ...flags], root)
  const projectorLine = /This laptop \(projector\): (http:\/\/localhost:\d+)\/1(\S*)/
  // with --viewers, the viewers' deck is built first (or reused)
  await expect.poll(() => server.output(), { timeout: 150_000 }).toMatch(projectorLine)
  expect(server.output()).toContain(`http://${lanAddress === '127.0.0.2' ? 'localhost' : lanAddress}:${port}/presenter/1?password=${PASSWORD}`)
  const [, projector, projectorQuery] = projectorLine.exec(server.output())! as unknown as [string, string, string]
  // Slidev's CLI made no public-address lookup (addon/node/no-public-ip.mjs): offline it would say so
  expect(server.output()).not.toContain('public IP')
  await expect.poll(async () => (await fetch(`${projector}/`).catch(() => undefined))?.status, { timeout: 120_000 }).toBe(200)
  return { gate: `http://${lanAddress}:${port}`, projector, projectorQuery, output: () => server.output(), stop: () => server.stop() }
}

/** Records every address a page shows, in order (`window.shown`). */
async function recordAddresses(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shown: string[] }
    w.shown = []
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history)
      history[method] = (...args: Parameters<History['pushState']>) => {
        original(...args)
        w.shown.push(location.pathname + location.search)
      }
    }
  })
}
const addressesShown = (page: Page) => page.evaluate(() => (window as unknown as { shown: string[] }).shown)

/** The token Vite's socket asks for, from its client module as the laptop's page loads it. */
async function viteToken(projector: string) {
  return /wsToken = "([^"]+)"/.exec(await (await fetch(`${projector}/@vite/client`)).text())![1]!
}
/** What a device without the password sends to change the talk: a slide's file, the shared slide state, MCP. */
function writeAttempts(query: string) {
  return [
    ['slide write', `/__slidev/slides/2.json${query}`, JSON.stringify({ content: '# 해킹된 슬라이드' })],
    ['nav write', `/@server-reactive/nav${query}`, NAV_16],
    ['MCP', `/__mcp${query}`, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' })],
  ] as const
}

/** POSTs each write to `gate`: every one must be refused; returns the answers' texts. */
async function refusedWrites(gate: string, query: string) {
  const answers: string[] = []
  for (const [what, path, body] of writeAttempts(query)) {
    const res = await fetch(`${gate}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(res.status, `${what} ${query}`).toBe(403)
    answers.push(await res.text())
  }
  return answers
}

test.describe.configure({ mode: 'serial' })

// one server, with --viewers, one projector window and one phone: a phone with the password passes
// the gate the same way in either mode, and what a stranger meets without --viewers (no page at
// all) is the gate's own branch, tested in front of a stand-in (addon/tests/remote-gate.spec.ts)
let remote: Awaited<ReturnType<typeof startRemote>>
let projector: Page
let phone: Page
/** What the projector writes into the slide state every screen follows (Slidev posts it to the server). */
const projectorWrites: string[] = []
test.describe('remote mode with --viewers', () => {
  const device = async (browser: Browser, viewport = { width: 980, height: 551 }) => (await browser.newContext({ viewport, reducedMotion: 'reduce' })).newPage()

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(5 * 60_000)
    remote = await startRemote('--viewers')
    projector = await device(browser)
    await recordAddresses(projector)
    projector.on('request', (r) => {
      if (r.method() === 'POST' && /\/@server-(?:reactive|ref)\/nav$/.test(new URL(r.url()).pathname))
        projectorWrites.push(r.postData() ?? '')
    })
    await projector.goto(`${remote.projector}/1${remote.projectorQuery}`)
    await expect(projector.locator('.slidev-page-1 .slidev-layout').first()).toBeVisible({ timeout: 90_000 })
    phone = await device(browser, { width: 1024, height: 768 })
    await phone.goto(`${remote.gate}/presenter/1?password=${PASSWORD}`)
    await expect(phone.locator('.slidev-note').first()).toBeVisible({ timeout: 90_000 })
  })
  test.afterAll(async () => {
    await Promise.all([projector?.context().close(), phone?.context().close()])
    await remote?.stop()
  })

  test('a phone with the password drives the projector, and the projector writes nothing back', async () => {
    test.setTimeout(5 * 60_000)
    const follows = async (where: string) => {
      const want = shownState(phone)
      await expect.poll(() => shownState(projector), { message: `${where}: the projector shows the phone's slide and click`, timeout: 90_000 }).toEqual(want)
      await slideShown(projector, want.no)
      // the phone's own slide has loaded too (its clicks are known only then: a key pressed before
      // would skip them, as on a busy machine in CI)
      await slideShown(phone, want.no)
    }
    for (let k = 1; k <= 4; k++) {
      await phone.keyboard.press('ArrowRight')
      await follows(`→ ${k}`)
    }

    // a key pressed on the laptop moves its window only: the phone drives and does not follow it
    // (addon/client/remote-sync.ts: Slidev alone would write the laptop's slide into the state the phone follows)
    const driving = shownState(phone)
    await projector.keyboard.press('ArrowLeft')
    await expect.poll(() => shownState(projector)).toEqual(stepFrom(driving, -1))
    await phone.keyboard.press('ArrowRight')
    await expect.poll(() => shownState(phone), 'the phone went on from its own slide').toEqual(stepFrom(driving, 1))
    await follows('after the laptop\'s key')

    // it followed the phone about ten times and moved once by itself: none of it was written back
    expect(projectorWrites, 'the projector window never wrote the shared slide state').toEqual([])
  })

  test('with --viewers, a stranger watches the built deck, which follows the talk; they drive nothing, and may step away and come back', async ({ browser }) => {
    test.setTimeout(5 * 60_000)
    const stranger = await device(browser)
    const asked: string[] = []
    stranger.on('request', r => asked.push(new URL(r.url()).pathname))
    await stranger.goto(`${remote.gate}/1`)
    await expect.poll(() => shownState(stranger), { message: 'the stranger lands on the talk\'s slide and click', timeout: 90_000 }).toEqual(shownState(phone))
    await slideShown(stranger, shownState(phone).no)
    await expect(stranger.locator('.slidev-note')).toHaveCount(0)
    // the build's files and the feed only: nothing of Slidev's dev server, no service worker
    expect(asked.filter(path => !/^\/(?:\d+|assets\/.+|__live|favicon\.svg)$/.test(path)), 'what the stranger\'s page asked for').toEqual([])
    expect((await stranger.goto(`${remote.gate}/presenter/1?password=wrong-password`))?.status(), 'a wrong password').toBe(403)

    // a script on the stranger's machine: Vite's socket is refused, and what their requests write,
    // without the password or with a wrong one, is refused: the slide's file, the shared slide state
    // (to slide 16), MCP
    const { outcome } = openSocket(remote.gate, { token: await viteToken(remote.projector) })
    expect(await outcome).toBe(403)
    await slidesUntouched(async () => {
      const answers = new Set<string>()
      for (const query of ['', '?password=wrong-password']) {
        for (const answer of await refusedWrites(remote.gate, query)) answers.add(answer)
      }
      expect(answers.size, 'one answer, whichever part was missing or wrong').toBe(1)
    })

    // the phone moves on a slide: the projector and the stranger follow
    await stranger.goto(`${remote.gate}/1`)
    await phone.keyboard.press('ArrowDown')
    const next = shownState(phone)
    await expect.poll(() => shownState(projector), { timeout: 90_000 }).toEqual(next)
    await expect.poll(() => shownState(stranger), { message: 'the stranger follows the talk', timeout: 90_000 }).toEqual(next)
    await slideShown(stranger, next.no)

    // the stranger steps back on their own: the talk goes on without them, until they go back to it
    await stranger.keyboard.press('ArrowUp')
    await expect.poll(() => shownState(stranger).no).toBe(next.no - 1)
    const back = stranger.getByTestId('back-to-live')
    await expect(back).toBeVisible()
    await phone.keyboard.press('ArrowDown')
    const later = shownState(phone)
    await expect.poll(() => shownState(projector), { timeout: 90_000 }).toEqual(later)
    expect(shownState(stranger).no, 'the stranger stays where they went').toBe(next.no - 1)
    await back.click()
    await expect.poll(() => shownState(stranger), { message: 'back to the talk', timeout: 90_000 }).toEqual(later)
    await expect(back).toHaveCount(0)

    // the projector never showed what the stranger asked for
    expect((await addressesShown(projector)).filter(path => /^\/16(?:\?|$)/.test(path))).toEqual([])

    // the projector shows the room a QR code of the address the stranger watches at, on j
    await projector.keyboard.press('j')
    const code = projector.getByTestId('join-code').getByTestId('site-qr')
    await expect(code).toHaveAttribute('data-url', `${remote.gate}/`)
    await projector.keyboard.press('j')
    await expect(code).toHaveCount(0)
  })
})
