import type { Browser } from '@playwright/test'
import type { AddressInfo } from 'node:net'
import type { PatchName } from 'slidev-addon-talk-kit/without'
import type { FormFactor, LighthouseScores } from './lighthouse.ts'
/**
 * `npm run bench`: what the deck costs, against a plain Slidev deck of the same length and against
 * the physical limit for its font. Prints a table and writes bench/results.json (git ignores it).
 *   --fast    this deck only: no reference deck, no PDF export, no Lighthouse (the smoke run in CI)
 *   --tests   also times the three test loops (npm run check, npm run test:slide -- 7, npm test)
 *             beside one `slidev build` and one PDF export, in the same run
 *   --runs N  Lighthouse runs per page and form factor (default 3): each figure is the median
 *   --patches what each first-load patch buys: this deck built once with each left out
 *             (TALK_KIT_WITHOUT, addon/node/without.ts), beside the full deck and the reference
 *             deck, Lighthouse mobile on `/` only; no PDF, no other page. Writes `patches` into
 *             bench/results.json, keeping the last full run's figures
 *   --viewers 1,10,30,60 [--seconds 60]  remote mode with that many viewers joining at once, each
 *             count in turn (bench/viewers.ts); writes `viewers` into bench/results.json
 * Lighthouse (mobile and desktop) runs on the cover, a chart slide and the reading page, served
 * with gzip, for both decks, a run of one deck then a run of the other, so that both see the same
 * machine load. One run's performance score moves by ±10 here: quote medians, and the ratio from
 * one bench run, not a figure from another.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { findBrowser } from 'slidev-addon-talk-kit/browser'
import { variableSubset } from 'slidev-addon-talk-kit/deck-font'
import { serve } from 'slidev-addon-talk-kit/serve'
import { PATCH_NAMES } from 'slidev-addon-talk-kit/without'
import { loadDeck, root } from '../scripts/deck.ts'
import { pdfFonts } from '../tests/pdf.ts'
import { lighthouse } from './lighthouse.ts'
import { writeReferenceDeck } from './reference/make.ts'
import { benchViewers, viewerCounts } from './viewers.ts'

const { values: flags } = parseArgs({ options: { fast: { type: 'boolean', default: false }, tests: { type: 'boolean', default: false }, patches: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, viewers: { type: 'string' }, seconds: { type: 'string', default: '60' } } })
const { fast, tests } = flags
if (flags.patches && (fast || tests)) {
  console.error('--patches runs on its own: not with --fast (it needs Lighthouse) nor with --tests')
  process.exit(1)
}
if (flags.viewers !== undefined && (fast || tests || flags.patches)) {
  console.error('--viewers runs on its own: not with --fast, --tests or --patches')
  process.exit(1)
}
const counts = flags.viewers === undefined ? undefined : viewerCounts(flags.viewers)
const viewerSeconds = Number(flags.seconds)
if (typeof counts === 'string' || !Number.isInteger(viewerSeconds) || viewerSeconds < 10) {
  console.error(typeof counts === 'string' ? counts : `--seconds takes a whole number of seconds, 10 or more (got "${flags.seconds}")`)
  process.exit(1)
}
const lighthouseRuns = Number(flags.runs)
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  console.error(`--runs takes a whole number of Lighthouse runs, 1 or more (got "${flags.runs}")`)
  process.exit(1)
}
const benchDir = join(root, 'bench')
const refDir = join(benchDir, 'reference')

interface Figures {
  buildSeconds: number
  distBytes: number
  coverBytes: number
  coverRequests: number
  coverTitleMs: number
  coverJsBytes: number
  chartSlide?: number
  chartJsBytes?: number
  fontBytesAllSlides: number
  exactSubsetBytes?: number
  deckFontBytes?: number
  pdfSeconds?: number
  pdfBytes?: number
  pdfType3Fonts?: number
  pdfCidFonts?: number
  oneBuildSeconds?: number
  checkSeconds?: number
  slideSeconds?: number
  testSeconds?: number
}

function seconds(fn: () => void): number {
  const t = performance.now()
  fn()
  return (performance.now() - t) / 1000
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name)
    return sum + (statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size)
  }, 0)
}

/** Build time, the best of `runs` builds: on a shared machine the fastest run is the least disturbed. */
function build(userRoot: string, out: string, runs = fast ? 1 : 3, env = process.env): number {
  const times = Array.from({ length: runs }, () => {
    rmSync(out, { recursive: true, force: true })
    return seconds(() => execFileSync('npx', ['slidev', 'build', '--out', out], { cwd: userRoot, env, stdio: ['ignore', 'ignore', 'ignore'] }))
  })
  return Math.min(...times)
}

/** Loads the site as a first-time visitor would from a gzip-serving static host, and walks it. */
async function measureSite(browser: Browser, dist: string, slides: number, chartSlide?: number) {
  const server = await serve({ dir: dist, port: 0, gzip: true })
  const base = `http://localhost:${(server.address() as AddressInfo).port}/`
  // no service worker: its background caching is not the cover's cost (reported as dist size)
  const context = await browser.newContext({ viewport: { width: 980, height: 551 }, serviceWorkers: 'block' })
  const page = await context.newPage()
  const seen: { url: string, bytes: number, type: string }[] = []
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes()
    seen.push({ url: req.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, type: req.resourceType() })
  })
  const started = performance.now()
  await page.goto(`${base}1`)
  await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const coverTitleMs = performance.now() - started
  await page.waitForLoadState('networkidle')
  const cover = [...seen]
  const js = (list: typeof seen) => list.filter(r => r.type === 'script').reduce((s, r) => s + r.bytes, 0)

  let chartJsBytes: number | undefined
  const text: string[] = []
  // walk the talk as a visitor does, in one page: the next-slide key, slide after slide
  for (let no = 1; no <= slides; no++) {
    if (no > 1)
      await page.keyboard.press('ArrowDown')
    const slide = page.locator(`.slidev-page-${no}`).first()
    await slide.waitFor({ state: 'visible' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForLoadState('networkidle')
    text.push(await slide.innerText())
    if (no === chartSlide) {
      // a visitor opening the chart slide directly: the JS it needs, from a cold cache
      const cold = await browser.newContext({ viewport: { width: 980, height: 551 }, serviceWorkers: 'block' })
      const p2 = await cold.newPage()
      const got: typeof seen = []
      p2.on('requestfinished', async req => got.push({ url: req.url(), bytes: (await req.sizes()).responseBodySize, type: req.resourceType() }))
      await p2.goto(`${base}${no}`)
      await p2.locator(`.slidev-page-${no}`).first().waitFor({ state: 'visible' })
      await p2.waitForLoadState('networkidle')
      chartJsBytes = js(got)
      await cold.close()
    }
  }
  const fontBytes = seen.filter(r => r.type === 'font' || /\.woff2?(?:\?|$)/.test(r.url)).reduce((s, r) => s + r.bytes, 0)
  await context.close()
  server.close()
  return {
    coverBytes: cover.reduce((s, r) => s + r.bytes, 0),
    coverRequests: cover.length,
    coverTitleMs: Math.round(coverTitleMs),
    coverJsBytes: js(cover),
    chartJsBytes,
    fontBytesAllSlides: fontBytes,
    text: text.join('\n'),
  }
}

async function exactSubset(text: string): Promise<number> {
  return (await variableSubset([...new Set(text.replace(/\s/g, ''))].join(''))).length
}

function exportPdf(cwd: string, output: string, browser: string) {
  rmSync(output, { force: true })
  const s = seconds(() => execFileSync('npx', ['slidev', 'export', '--executable-path', browser, '--output', output, '--timeout', '180000'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] }))
  const fonts = pdfFonts(output)
  return {
    pdfSeconds: s,
    pdfBytes: statSync(output).size,
    pdfType3Fonts: fonts.filter(f => f.type === 'Type 3').length,
    pdfCidFonts: fonts.filter(f => f.type.startsWith('CID')).length,
  }
}

type Pages = Partial<Record<'cover' | 'chart' | 'read', string>>
type Scores = Partial<Record<`${keyof Pages}-${FormFactor}`, LighthouseScores>>

/** Each figure's median over the runs (an odd count gives a figure one run measured). */
function medianScores(runs: LighthouseScores[]): LighthouseScores {
  const median = (key: keyof LighthouseScores) => {
    const sorted = runs.map(r => r[key]).sort((a, b) => a - b)
    const mid = sorted.length >> 1
    return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
  }
  return Object.fromEntries((Object.keys(runs[0]!) as (keyof LighthouseScores)[]).map(k => [k, median(k)])) as unknown as LighthouseScores
}

/**
 * Lighthouse on each page of each build, served as a gzip static host serves them, `runs` times,
 * the builds in turn within each run. A page missing from a build (the reference has no reading
 * page) is skipped.
 */
/** The spread of one build's performance scores across its runs (highest less lowest), per page and form factor. */
type Spreads = Partial<Record<keyof Scores, number>>

async function lighthouseScores<Build extends string>(dists: Record<Build, { dir: string, pages: Pages }>, browser: string, runs: number, formFactors: readonly FormFactor[] = ['mobile', 'desktop'], spreads?: Record<string, Spreads>): Promise<Record<Build, Scores>> {
  const names = Object.keys(dists) as Build[]
  const servers = await Promise.all(names.map(name => serve({ dir: dists[name].dir, port: 0, gzip: true })))
  const bases = servers.map(server => `http://localhost:${(server.address() as AddressInfo).port}`)
  const all = Object.fromEntries(names.map(name => [name, {}])) as Record<Build, Partial<Record<keyof Scores, LighthouseScores[]>>>
  try {
    for (const page of new Set(names.flatMap(name => Object.keys(dists[name].pages) as (keyof Pages)[]))) {
      for (const formFactor of formFactors) {
        for (let run = 1; run <= runs; run++) {
          for (const [i, name] of names.entries()) {
            const path = dists[name].pages[page]
            if (path === undefined)
              continue
            console.log(`  lighthouse ${formFactor} ${name} ${path} (${run}/${runs})`)
            ;(all[name][`${page}-${formFactor}`] ??= []).push(await lighthouse(`${bases[i]}${path}`, formFactor, browser))
          }
        }
      }
    }
  }
  finally {
    servers.forEach(s => s.close())
  }
  const medians = (scores: Partial<Record<keyof Scores, LighthouseScores[]>>): Scores => Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, medianScores(v!)]))
  if (spreads) {
    for (const name of names) {
      const runsOf = Object.entries(all[name]) as [keyof Scores, LighthouseScores[]][]
      spreads[name] = Object.fromEntries(runsOf.map(([k, v]) => [k, Math.max(...v.map(r => r.performance)) - Math.min(...v.map(r => r.performance))]))
    }
  }
  return Object.fromEntries(names.map(name => [name, medians(all[name])])) as Record<Build, Scores>
}

/** A header row and its rows as a Markdown table, each column as wide as its widest cell. */
function markdownTable(table: string[][]): string {
  const widths = table[0]!.map((_, c) => Math.max(...table.map(row => row[c]!.length)))
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`
  return `${line(table[0]!)}\n|${widths.map(w => '-'.repeat(w + 2)).join('|')}|\n${table.slice(1).map(line).join('\n')}`
}

type Variant = 'deck' | 'reference' | `without-${PatchName}`

/**
 * --patches: the deck built with each first-load patch left out, beside the full deck and the
 * reference deck, all scored by Lighthouse mobile on `/` in the same runs. The phone goal is the
 * full deck's score no lower than the reference's: a patch the deck stays there without can go.
 */
async function benchPatches(browser: Browser, slides: number, executablePath: string): Promise<void> {
  const out = join(benchDir, 'out')
  const variants: Variant[] = ['deck', 'reference', ...PATCH_NAMES.map(name => `without-${name}` as const)]
  const dirOf = (v: Variant) => join(out, v === 'deck' ? 'deck-dist' : v === 'reference' ? 'reference-dist' : `${v}-dist`)

  console.log(`building this deck (${slides} slides), in full and once without each first-load patch…`)
  // an empty TALK_KIT_WITHOUT for the full deck, whatever the shell has set
  const buildSeconds: Partial<Record<Variant, number>> = { deck: build(root, dirOf('deck'), 1, { ...process.env, TALK_KIT_WITHOUT: '' }) }
  for (const name of PATCH_NAMES) {
    console.log(`  without ${name}`)
    buildSeconds[`without-${name}`] = build(root, dirOf(`without-${name}`), 1, { ...process.env, TALK_KIT_WITHOUT: name })
  }
  console.log('building the reference deck…')
  writeReferenceDeck(refDir, slides)
  buildSeconds.reference = build(refDir, dirOf('reference'), 1)

  console.log('measuring each cover\'s first load…')
  const coverBytes: Partial<Record<Variant, number>> = {}
  for (const v of variants)
    coverBytes[v] = (await measureSite(browser, dirOf(v), 1)).coverBytes

  const spreads: Record<string, Spreads> = {}
  const scores = await lighthouseScores(Object.fromEntries(variants.map(v => [v, { dir: dirOf(v), pages: { cover: '/' } }])) as Record<Variant, { dir: string, pages: Pages }>, executablePath, lighthouseRuns, ['mobile'], spreads)
  // the rule for a first-load patch: it stays where leaving it out moves the deck's median score by
  // more than the reference deck's own spread across the same runs (noise, with nothing changed), or
  // where the cover without it outweighs the reference deck's (the bench's target for the cover's bytes)
  const noise = spreads.reference?.['cover-mobile'] ?? 0
  const figures = Object.fromEntries(variants.map(v => [v, { ...scores[v]['cover-mobile']!, coverBytes: coverBytes[v]!, buildSeconds: buildSeconds[v]! }])) as Record<Variant, LighthouseScores & { coverBytes: number, buildSeconds: number }>

  const full = figures.deck
  const signed = (d: number) => d > 0 ? `+${d.toLocaleString('en-US')}` : d < 0 ? `−${(-d).toLocaleString('en-US')}` : '0'
  const table = [
    ['variant', 'performance', 'spread', 'FCP, ms', 'LCP, ms', 'TBT, ms', 'cover bytes (gzip)', 'vs full deck: perf / FCP / LCP / TBT / bytes', 'verdict'],
    ...variants.map((v) => {
      const f = figures[v]
      const diff = v === 'deck' ? '—' : [f.performance - full.performance, f.fcpMs - full.fcpMs, f.lcpMs - full.lcpMs, f.tbtMs - full.tbtMs, f.coverBytes - full.coverBytes].map(signed).join(' / ')
      const moved = full.performance - f.performance
      const heavier = f.coverBytes > figures.reference.coverBytes
      const verdict = !v.startsWith('without-') ? '' : moved > noise ? `keep (moves the median ${moved} > ${noise})` : heavier ? `keep (the cover outweighs the reference's without it; moves the median ${moved} ≤ ${noise})` : `can go (${moved} ≤ ${noise})`
      return [v, String(f.performance), String(spreads[v]?.['cover-mobile'] ?? ''), ...[f.fcpMs, f.lcpMs, f.tbtMs, f.coverBytes].map(n => n.toLocaleString('en-US')), diff, verdict]
    }),
  ]
  console.log(`\nLighthouse mobile on /, median of ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} each\n${markdownTable(table)}`)
  console.log(`the reference deck's own spread across these ${lighthouseRuns} runs: ${noise} points; a patch stays where leaving it out moves the deck's median by more, or makes the cover outweigh the reference deck's`)

  const file = join(benchDir, 'results.json')
  let previous: object = {}
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as object
  }
  catch {
    // no earlier full run, or an unreadable file: the patches alone
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, patches: { date: new Date().toISOString(), page: '/', formFactor: 'mobile', runs: lighthouseRuns, slides, referenceSpread: noise, variants: figures } }, null, 2)}\n`)
  console.log('written: bench/results.json (patches)')
}

const deck = await loadDeck()
const slides = deck.slides.length
const chartSlide = deck.slides.findIndex(s => /<\w*Chart\b/.test(s.content)) + 1 || undefined
const executablePath = findBrowser()
const browser = await chromium.launch({ executablePath })
mkdirSync(join(benchDir, 'out'), { recursive: true })

if (flags.patches) {
  await benchPatches(browser, slides, executablePath)
  await browser.close()
  process.exit(0)
}
if (counts) {
  const measured = await benchViewers(browser, counts, viewerSeconds)
  await browser.close()
  const file = join(benchDir, 'results.json')
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as object : {}
  writeFileSync(file, `${JSON.stringify({ ...previous, viewers: { date: new Date().toISOString(), ...measured } }, null, 2)}\n`)
  console.log('written: bench/results.json (viewers)')
  process.exit(0)
}

console.log(`building and measuring this deck (${slides} slides)…`)
const deckDist = join(benchDir, 'out', 'deck-dist')
const deckBuild = build(root, deckDist)
// the site as `npm run build` writes it, with its PDF and reading page (not in the fast smoke run)
if (!fast)
  execFileSync('npx', ['talk-kit', 'build', '--out', deckDist], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
const deckSite = await measureSite(browser, deckDist, slides, chartSlide)
const deckFont = readdirSync(join(deckDist, 'assets')).filter(f => /^pretendard-(?:cover|slides|notes)\b.*\.woff2$/.test(f)).reduce((s, f) => s + statSync(join(deckDist, 'assets', f)).size, 0)
const { text: deckText, ...deckLoad } = deckSite
const mine: Figures = {
  buildSeconds: deckBuild,
  distBytes: dirBytes(deckDist),
  ...deckLoad,
  chartSlide,
  exactSubsetBytes: await exactSubset(deckText),
  deckFontBytes: deckFont,
}

const pages: Pages = { cover: '/', chart: `/${chartSlide ?? 2}` }
let readNote = ''
if (existsSync(join(deckDist, 'read', 'index.html')))
  pages.read = '/read'
else readNote = 'the reading page: not measured, this build has no read/index.html'

let reference: Figures | undefined
let deckScores: Scores = {}
let refScores: Scores = {}
if (!fast) {
  Object.assign(mine, exportPdf(root, join(benchDir, 'out', 'deck.pdf'), executablePath))

  console.log('building and measuring the reference deck…')
  writeReferenceDeck(refDir, slides)
  const refDist = join(benchDir, 'out', 'reference-dist')
  const refBuild = build(refDir, refDist)
  const { text: _refText, ...refSite } = await measureSite(browser, refDist, slides)
  reference = {
    buildSeconds: refBuild,
    distBytes: dirBytes(refDist),
    ...refSite,
    ...exportPdf(refDir, join(benchDir, 'out', 'reference.pdf'), executablePath),
  }
  // the reference deck has no chart and no reading page: the same slide number stands in for the chart slide
  const scores = await lighthouseScores({ deck: { dir: deckDist, pages }, reference: { dir: refDist, pages: { cover: pages.cover, chart: pages.chart } } }, executablePath, lighthouseRuns)
  deckScores = scores.deck
  refScores = scores.reference
}
await browser.close()

if (tests) {
  // one build and one export, timed in the same run on the same machine load, are the unit
  console.log('timing one slidev build, one PDF export and the three test loops…')
  mine.oneBuildSeconds = build(root, deckDist, 1)
  if (mine.pdfSeconds === undefined)
    Object.assign(mine, exportPdf(root, join(benchDir, 'out', 'deck.pdf'), executablePath))
  /** Runs `npm <args>` in the project and returns its seconds; a failed run is reported, not hidden. */
  const timed = (args: string[]) => {
    const started = performance.now()
    const run = spawnSync('npm', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    const seconds = (performance.now() - started) / 1000
    // the suite's own one-line count, so a run that failed says what failed
    console.log(`npm ${args.join(' ')}: ${run.stdout.split('\n').filter(l => /^playwright: |✘/.test(l.trim())).join('\n')}`)
    if (run.status !== 0)
      console.error(`npm ${args.join(' ')} failed (exit ${run.status}): its time is reported, but the run is not a pass`)
    return seconds
  }
  mine.checkSeconds = timed(['run', 'check'])
  mine.slideSeconds = timed(['run', 'test:slide', '--', '7'])
  mine.testSeconds = timed(['test'])
}

type Row = [string, keyof Figures, string, ((m: Figures, r?: Figures) => string)?]
const rows: Row[] = [
  ['build (slidev build, best of 3), s', 'buildSeconds', '≤ 1.3× reference'],
  ['dist/ total, bytes', 'distBytes', ''],
  ['cover first load, bytes (gzip)', 'coverBytes', '≤ 1.0× reference'],
  ['cover first load, requests', 'coverRequests', ''],
  ['cover title visible, ms', 'coverTitleMs', ''],
  ['JS on the cover, bytes (gzip)', 'coverJsBytes', 'no chart.js'],
  ['JS opening a chart slide, bytes (gzip)', 'chartJsBytes', ''],
  ['fonts fetched over all slides, bytes', 'fontBytesAllSlides', '≤ 1.5× exact subset', m => m.exactSubsetBytes ? `${(m.fontBytesAllSlides / m.exactSubsetBytes).toFixed(2)}× subset` : ''],
  ['exact subset of the slides\' characters, bytes', 'exactSubsetBytes', 'physical limit'],
  ['PDF export, s', 'pdfSeconds', ''],
  ['PDF, bytes', 'pdfBytes', '≤ 400,000'],
  ['PDF fonts: Type 3', 'pdfType3Fonts', '0'],
  ['PDF fonts: CID (real subset fonts)', 'pdfCidFonts', ''],
  ['one slidev build, s', 'oneBuildSeconds', ''],
  ['npm run check (types, lint, tests with no browser), s', 'checkSeconds', '≤ 60 s'],
  ['npm run test:slide -- 7 (one slide, every click, dev server), s', 'slideSeconds', '≤ 60 s'],
  ['npm test (everything), s', 'testSeconds', '≤ 480 s', m => m.testSeconds && m.oneBuildSeconds && m.pdfSeconds ? `${(m.testSeconds / (m.oneBuildSeconds + m.pdfSeconds)).toFixed(1)}× (build + export)` : ''],
]
const fmt = (v: number | undefined) => v === undefined ? '—' : Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1)
const ratioOf = (m: number | undefined, r: number | undefined) => m !== undefined && r ? `${(m / r).toFixed(2)}×` : ''
const figureRows = rows.filter(([, key]) => mine[key] !== undefined || reference?.[key] !== undefined).map(([label, key, target, extra]) => {
  const m = mine[key] as number | undefined
  const r = reference?.[key] as number | undefined
  return [label, fmt(m), fmt(r), extra?.(mine, reference) || ratioOf(m, r), target]
})
const TARGETS: Partial<Record<keyof Scores, string>> = { 'cover-mobile': 'performance ≥ reference', 'chart-mobile': 'performance ≥ 85', 'read-mobile': '≥ 95 / 100 / 100 / 100' }
const scoreCell = (s: LighthouseScores | undefined) => s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo} (FCP ${fmt(s.fcpMs)}, LCP ${fmt(s.lcpMs)}, TBT ${fmt(s.tbtMs)} ms)` : '—'
const scoreRows = (Object.keys(deckScores) as (keyof Scores)[]).map((key) => {
  const [page, formFactor] = key.split('-') as [keyof Pages, FormFactor]
  return [`Lighthouse ${formFactor} ${pages[page]}: perf / a11y / BP / SEO, median of ${lighthouseRuns}`, scoreCell(deckScores[key]), scoreCell(refScores[key]), '', TARGETS[key] ?? '']
})
const table = [['figure', 'this deck', 'reference', 'ratio', 'target'], ...figureRows, ...scoreRows]
console.log(`\n${markdownTable(table)}`)
if (mine.exactSubsetBytes)
  console.log(`\nfonts: ${(mine.fontBytesAllSlides / mine.exactSubsetBytes).toFixed(2)}× the exact subset of the slides' characters`)
if (readNote && !fast)
  console.log(readNote)

writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), fast, slides, deck: mine, reference, lighthouse: { pages, runs: lighthouseRuns, deck: deckScores, reference: refScores } }, null, 2)}\n`)
console.log('written: bench/results.json')
