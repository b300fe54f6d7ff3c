/**
 * `npm run bench -- --viewers 1,10,30,60`: remote mode with a room of viewers. One real
 * `npm run remote -- --viewers` on loopback; a real browser records what a viewer's first visit
 * loads; then for each count, that many simulated viewers join at once, each from a loopback
 * address of its own (as phones on a network), fetching what the browser fetched (gzip, six
 * connections, as a browser does) and following the feed. A real phone (the presenter view,
 * signed in) then presses → five times, with a real projector window open on the laptop.
 * Per count: requests and bytes a viewer took in the first `--seconds` (default 60), first-load
 * median and 95th percentile, the delay from the phone's key to the projector and to the viewers
 * (medians), and the memory of the gate's process and of Slidev's. Linux (reads /proc).
 */
import type { Browser } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { Agent, get } from 'node:http'
import { root } from '../scripts/deck.ts'
import { npmServer } from '../tests/npm.ts'

const PASSWORD = 'bench-viewers'
/** the gate's process (the addon's talk-kit command) and Slidev's */
const GATE = /talk-kit\S* remote\b/
const SLIDEV = /slidev\.mjs --remote=/
const KEYS = 5

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? Number.NaN

/** Resident memory of the processes whose command line matches, in MiB. */
function memory(match: RegExp): number {
  let kib = 0
  for (const line of execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' }).split('\n')) {
    const [rss, command = '', ...args] = line.trim().split(/\s+/)
    // node processes only: not npm's or the shell's that started them
    if (match.test([command, ...args].join(' ')) && command.endsWith('node'))
      kib += Number(rss)
  }
  return kib / 1024
}

interface Viewer { requests: number, bytes: number, loadMs: number, events: number[] }

/** One simulated viewer: the recorded first load, then the feed until `until`. */
function viewer(gate: URL, paths: string[], from: string, until: number): Promise<Viewer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 6, localAddress: from })
  const result: Viewer = { requests: 0, bytes: 0, loadMs: 0, events: [] }
  const fetchOne = (path: string) => new Promise<void>((ok, fail) => {
    get({ host: gate.hostname, port: gate.port, path, agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.on('data', (chunk: Buffer) => result.bytes += chunk.length)
      res.on('end', ok)
    }).on('error', fail)
    result.requests++
  })
  const start = performance.now()
  return Promise.all(paths.map(fetchOne)).then(() => new Promise<Viewer>((ok) => {
    result.loadMs = performance.now() - start
    const feed = get({ host: gate.hostname, port: gate.port, path: '/__live', agent }, (res) => {
      res.on('data', (chunk: Buffer) => {
        result.bytes += chunk.length
        result.events.push(performance.now())
      })
    })
    result.requests++
    setTimeout(() => {
      feed.destroy()
      agent.destroy()
      ok(result)
    }, until - performance.now())
  }))
}

export async function benchViewers(browser: Browser, counts: number[], seconds: number) {
  const server = npmServer(['run', 'remote', '--', PASSWORD, '--viewers'], root)
  try {
    const started = performance.now()
    while (!/This laptop \(projector\): \S+/.test(server.output())) {
      if (performance.now() - started > 180_000)
        throw new Error(`npm run remote did not start:\n${server.output()}`)
      await new Promise(ok => setTimeout(ok, 250))
    }
    const projectorUrl = /This laptop \(projector\): (\S+)/.exec(server.output())![1]!
    const gate = new URL(/Phone, typed by hand:\s+(http:\/\/[^/]+)/.exec(server.output())![1]!.replace(/\/\/[^:]+:/, '//127.0.0.1:'))

    // what a real viewer's first visit loads, in a real browser
    const recorder = await browser.newPage()
    const paths: string[] = []
    recorder.on('request', (r) => {
      const url = new URL(r.url())
      if (url.port === gate.port && url.pathname !== '/__live')
        paths.push(url.pathname + url.search)
    })
    await recorder.goto(`${gate.origin}/1`)
    await recorder.locator('.slidev-page-1 .slidev-layout').first().waitFor({ timeout: 90_000 })
    await recorder.context().close()

    const projector = await (await browser.newContext()).newPage()
    await projector.goto(projectorUrl)
    await projector.locator('.slidev-page-1 .slidev-layout').first().waitFor({ timeout: 90_000 })
    const phone = await (await browser.newContext()).newPage()
    await phone.goto(`${gate.origin}/presenter/1?password=${PASSWORD}`)
    await phone.locator('.slidev-note').first().waitFor({ timeout: 90_000 })

    const rows: string[][] = []
    for (const n of counts) {
      const memoryBefore = [memory(GATE), memory(SLIDEV)]
      const until = performance.now() + seconds * 1000
      const joining = Array.from({ length: n }, (_, i) => viewer(gate, paths, `127.0.${20 + Math.floor(i / 250)}.${1 + (i % 250)}`, until))
      // the keys once all have joined (their first loads are the first figure), a second apart
      const keys: { at: number, projectorMs: number }[] = []
      await new Promise(ok => setTimeout(ok, Math.min(20_000, seconds * 500)))
      for (let k = 0; k < KEYS; k++) {
        const before = new URL(projector.url()).pathname + new URL(projector.url()).search
        const at = performance.now()
        await phone.keyboard.press('ArrowRight')
        await projector.waitForFunction(was => location.pathname + location.search !== was, before, { polling: 'raf', timeout: 30_000 })
        keys.push({ at, projectorMs: performance.now() - at })
        await new Promise(ok => setTimeout(ok, 1000))
      }
      const viewers = await Promise.all(joining)
      const memoryAfter = [memory(GATE), memory(SLIDEV)]
      // a viewer's delay for a key: its first feed event after the key
      const viewerMs = viewers.flatMap(v => keys.map(k => (v.events.find(t => t >= k.at) ?? Number.NaN) - k.at)).filter(Number.isFinite)
      rows.push([
        String(n),
        String(Math.round(median(viewers.map(v => v.requests)))),
        (median(viewers.map(v => v.bytes)) / 1024 / 1024).toFixed(2),
        (viewers.reduce((a, v) => a + v.bytes, 0) / 1024 / 1024).toFixed(1),
        `${Math.round(median(viewers.map(v => v.loadMs)))} / ${Math.round(p95(viewers.map(v => v.loadMs)))}`,
        String(Math.round(median(keys.map(k => k.projectorMs)))),
        String(Math.round(median(viewerMs))),
        `${memoryBefore[0]!.toFixed(0)} → ${memoryAfter[0]!.toFixed(0)}`,
        `${memoryBefore[1]!.toFixed(0)} → ${memoryAfter[1]!.toFixed(0)}`,
      ])
    }
    const head = ['viewers', 'requests a viewer', 'MiB a viewer', 'MiB in all', 'first load ms (median / p95)', 'phone → projector ms', 'phone → viewers ms', 'gate MiB', 'Slidev MiB']
    console.log(`\nremote mode with viewers: ${paths.length} requests in a viewer's first load, each count over ${seconds} s, ${KEYS} keys on the phone\n`)
    console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---:').join('|')}|`)
    for (const row of rows) console.log(`| ${row.join(' | ')} |`)
    return { paths: paths.length, seconds, head, rows }
  }
  finally {
    await server.stop()
  }
}

/** The counts `--viewers` names (`1,10,30,60`), or why not. */
export function viewerCounts(text: string): number[] | string {
  const counts = text.split(',').map(Number)
  return counts.every(n => Number.isInteger(n) && n >= 1 && n <= 1000) ? counts : `--viewers takes counts of viewers from 1 to 1000, comma-separated (e.g. 1,10,30,60), not "${text}"`
}
