/**
 * `npm run test:slide -- N`: slide N in every click state against the dev server (tests/test-slide.ts,
 * playwright.slide.config.ts). N may be a range (3-5) or a list (3,7 or 3 7). Playwright's
 * --repeat-each, --workers, --headed, --reporter and --trace are passed on.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { loadDeck } from '../deck.ts'

const usage = 'Usage: npm run test:slide -- N  (a slide number, a range 3-5, or a list 3,7)'
function fail(message: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(1)
}

const passed = { 'repeat-each': 'string', 'workers': 'string', 'reporter': 'string', 'trace': 'string', 'headed': 'boolean' } as const
function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: Object.fromEntries(Object.entries(passed).map(([k, type]) => [k, { type }])) })
  }
  catch (e) {
    return fail((e as Error).message)
  }
}
const { values, positionals } = parse()

const total = (await loadDeck()).slides.length
const slides = new Set<number>()
for (const arg of positionals.flatMap(a => a.split(',')).filter(Boolean)) {
  const m = arg.match(/^(\d+)(?:-(\d+))?$/)
  if (!m)
    fail(`Not a slide number or range: ${arg}`)
  const from = Number(m[1])
  const to = Number(m[2] ?? m[1])
  for (const n of [from, to]) {
    if (n < 1 || n > total)
      fail(`No slide ${n}: the deck has slides 1 to ${total}.`)
  }
  if (to < from)
    fail(`Not a range: ${arg} (the first slide comes first)`)
  for (let n = from; n <= to; n++) slides.add(n)
}
if (!slides.size)
  fail('Which slide?')

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli')
const flags = Object.entries(values).map(([k, v]) => v === true ? `--${k}` : `--${k}=${v}`)
const run = spawnSync(process.execPath, [cli, 'test', '-c', 'playwright.slide.config.ts', ...flags], {
  stdio: 'inherit',
  env: { ...process.env, TEST_SLIDES: [...slides].sort((a, b) => a - b).join(',') },
})
process.exit(run.status ?? 1)
