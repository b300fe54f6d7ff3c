// Presenting from a second device: the dev server in remote mode (`npm run remote -- <password>`),
// a phone on the network as the presenter view, the laptop's window on the projector. Each is its
// own browser context, as on separate devices: nothing shared but the server.
import { networkInterfaces } from 'node:os'
import { root } from '../scripts/deck.ts'
import { loadDeck } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { freePort, npmServer } from './npm.ts'
import { deckStates, shownState } from './rehearsal.ts'

const total = (await loadDeck()).slides.length
const states = await deckStates()
/** The state `step` keys away from `s` (a slide and click), as an address shows it. */
function stepFrom(s: { no: number, clicks: number }, step: number) {
  const t = states[states.findIndex(x => x.no === s.no && x.clicks === s.clicks) + step]!
  return { no: t.no, clicks: t.clicks }
}
const PASSWORD = 'rehearsal-2025'
/** This machine as another device on the network sees it (not localhost, which Slidev trusts). */
const lanAddress = Object.values(networkInterfaces()).flat().find(a => a && a.family === 'IPv4' && !a.internal)?.address
  // no network card: another loopback address is still not one Slidev trusts (Linux routes all of 127/8)
  ?? '127.0.0.2'

test('a phone with the password drives the projector; without it, it cannot', async ({ browser }) => {
  test.setTimeout(5 * 60_000)
  const port = await freePort()
  const server = npmServer(['run', 'remote', '--', PASSWORD, '--port', String(port)], root)
  try {
    await expect.poll(() => server.output(), { timeout: 60_000 }).toContain(`http://${lanAddress === '127.0.0.2' ? 'localhost' : lanAddress}:${port}/presenter/1?password=${PASSWORD}`)
    await expect.poll(async () => (await fetch(`http://localhost:${port}/`).catch(() => undefined))?.status, { timeout: 120_000 }).toBe(200)

    const device = async (viewport = { width: 980, height: 551 }) => (await browser.newContext({ viewport, reducedMotion: 'reduce' })).newPage()
    const projector = await device()
    // every address the projector window shows, in order
    await projector.addInitScript(() => {
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
    // what the projector writes into the slide state every screen follows (Slidev posts it to the server)
    const projectorWrites: string[] = []
    projector.on('request', (r) => {
      if (r.method() === 'POST' && /\/@server-(?:reactive|ref)\/nav$/.test(new URL(r.url()).pathname))
        projectorWrites.push(r.postData() ?? '')
    })
    await projector.goto(`http://localhost:${port}/1`)
    await expect(projector.locator('.slidev-page-1').first()).toBeVisible({ timeout: 90_000 })

    const phone = await device({ width: 1024, height: 768 })
    await phone.goto(`http://${lanAddress}:${port}/presenter/1?password=${PASSWORD}`)
    await expect(phone.locator('.slidev-note').first()).toBeVisible({ timeout: 90_000 })
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
    // (lib/remote-sync.ts: Slidev alone would write the laptop's slide into the state the phone follows)
    const driving = shownState(phone)
    await projector.keyboard.press('ArrowLeft')
    await expect.poll(() => shownState(projector)).toEqual(stepFrom(driving, -1))
    await phone.keyboard.press('ArrowRight')
    await expect.poll(() => shownState(phone), 'the phone went on from its own slide').toEqual(stepFrom(driving, 1))
    await follows('after the laptop\'s key')

    // someone else on the network, without the password (or with a wrong one)
    const stranger = await device()
    const asked: string[] = []
    stranger.on('dialog', (d) => {
      asked.push(d.message())
      void d.dismiss()
    })
    for (const query of ['', '?password=wrong']) {
      await stranger.goto(`http://${lanAddress}:${port}/presenter/${total - 1}${query}`)
      await expect(stranger, `/presenter${query}: sent to the plain slides`).toHaveURL(new RegExp(`:${port}/${total - 1}(\\?|$)`))
      await expect(stranger.locator(`.slidev-page-${total - 1}`).first()).toBeVisible({ timeout: 60_000 })
      await expect(stranger.locator('.slidev-note')).toHaveCount(0)
    }
    expect(asked, 'asked for the password').toEqual(['Enter password'])
    await stranger.keyboard.press('ArrowDown')
    await expect.poll(() => shownState(stranger).no).toBe(total)

    // the phone moves once more: the projector follows it and never showed the stranger's slides
    await phone.keyboard.press('ArrowRight')
    await follows('after the stranger')
    const shown = await projector.evaluate(() => (window as unknown as { shown: string[] }).shown)
    expect(shown.filter(path => new RegExp(`^/(${total - 1}|${total})(\\?|$)`).test(path)), 'the projector never followed the stranger').toEqual([])
    // it followed the phone about ten times and moved once by itself: none of it was written back
    expect(projectorWrites, 'the projector window never wrote the shared slide state').toEqual([])
  }
  finally {
    await server.stop()
  }
})
