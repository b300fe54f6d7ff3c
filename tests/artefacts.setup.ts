/**
 * Makes every build and file the tests read, once, with the project's own npm scripts (real
 * `slidev build`, real exporter), two at a time after the first. SKIP_BUILD=1 reuses what the
 * last run made, where nothing the talk is made of has changed since; it says what it made again, and why.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { root } from './deck.ts'
import { npm } from './npm.ts'
import { copyDir, copyProject } from './project-copy.ts'
import { artifacts, exampleDir, sites, siteUrl } from './sites.ts'

interface Job {
  name: string
  output: string
  /** the job whose output it reads: it starts after it, and SKIP_BUILD=1 makes it again when that is newer */
  reads?: string
  /** a job it starts after for another reason (a dev server of the same folder: one Vite dependency cache) */
  after?: string
  run: () => Promise<void>
}

async function npmJob(args: readonly string[], cwd = root, env: Record<string, string> = {}) {
  const result = await npm(['--silent', ...args], cwd, env)
  if (result.code !== 0)
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${result.code}:\n${result.output.slice(-4000)}`)
}

// The first build alone: it runs beside `npm run check` and the tests that start their own servers,
// which keep both cores busy. Then the rest two at a time, sooner done than one after another: a job
// waits on its Node process, Vite and the browser in turn, and leaves a core free while it does.
const first: Job = { name: 'sub', output: join(sites.sub.dir, 'index.html'), run: () => npmJob(sites.sub.build, root, { SITE_URL: siteUrl('sub') }) }
const jobs: Job[] = [
  { name: 'root', output: join(sites.root.dir, 'index.html'), run: () => npmJob(sites.root.build, root, { SITE_URL: siteUrl('root') }) },
  { name: 'hash', output: join(sites.hash.dir, 'index.html'), run: () => npmJob(sites.hash.build, root, { SITE_URL: siteUrl('hash') }) },
  // the kit's own commands as a deck's scripts run them, in the example deck's folder
  { name: 'example', output: join(sites.example.dir, 'index.html'), run: () => npmJob(sites.example.build, exampleDir, { SITE_URL: siteUrl('example') }) },
  { name: 'clicksPdf', output: artifacts.clicksPdf.file, run: () => npmJob(artifacts.clicksPdf.make) },
  // a deck in a folder named the way a Korean presenter names one: the example deck, in a fresh
  // copy of the project in "발표 자료"
  { name: 'rangePdf', output: artifacts.rangePdf.file, run: async () => {
    copyProject()
    await npmJob(artifacts.rangePdf.make, artifacts.rangePdf.cwd)
  } },
  { name: 'handout', output: artifacts.handout.file, reads: 'root', run: () => npmJob(artifacts.handout.make) },
  // the exports in the project's folder share Vite's dependency cache: one after the other
  { name: 'pptx', output: artifacts.pptx.file, after: 'clicksPdf', run: () => npmJob(artifacts.pptx.make) },
]

/** What is no input of a build: installs, outputs and exports, the tests and their results, the repository. */
const NOT_INPUT = /^(?:\..*|node_modules|dist.*|out|tests|test-results|playwright-report|shots)$|\.(?:pdf|pptx)$/

/** When the newest file the talk and its kit are made of was last changed. */
function newestInput(dir = root): number {
  return Math.max(0, ...readdirSync(dir).filter(n => !NOT_INPUT.test(n)).map((name) => {
    const path = join(dir, name)
    const stat = statSync(path)
    return stat.isDirectory() ? newestInput(path) : stat.mtimeMs
  }))
}

test('build the sites and export the files the tests read', async () => {
  test.setTimeout(30 * 60_000)
  const reuse = process.env.SKIP_BUILD === '1'
  const changed = reuse ? newestInput() : 0
  const made = (file: string) => existsSync(file) ? statSync(file).mtimeMs : 0
  const outputOf = new Map([first, ...jobs].map(job => [job.name, job.output]))
  const make = async (job: Job) => {
    if (reuse) {
      const read = job.reads && outputOf.get(job.reads)
      const why = !made(job.output) ? 'not made yet' : made(job.output) < changed ? 'the talk changed since' : read && made(job.output) < made(read) ? `${read} made again` : undefined
      if (!why)
        return
      console.log(`  SKIP_BUILD=1: ${job.name} made again (${why})`)
    }
    const started = Date.now()
    if (!job.output.startsWith(copyDir))
      rmSync(job.output.endsWith('index.html') ? join(job.output, '..') : job.output, { recursive: true, force: true })
    await job.run()
    console.log(`  ${job.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  await make(first)
  // two lanes take the jobs in order; a job first waits for those it starts after (listed before it)
  const done = new Map<string, Promise<void>>()
  const queue = [...jobs]
  const lane = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const next = job
      const ready = Promise.all([next.reads, next.after].filter(name => name !== undefined).map(name => done.get(name)))
      const finished = ready.then(() => make(next))
      done.set(next.name, finished)
      await finished
    }
  }
  await Promise.all([lane(), lane()])
})
