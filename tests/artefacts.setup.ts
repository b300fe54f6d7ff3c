/**
 * Makes every build and file the tests read, once, with the project's own npm scripts (real
 * `slidev build`, real exporter), two at a time. SKIP_BUILD=1 reuses what the
 * last run made, where nothing the talk is made of has changed since; it says what it made again, and why.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { root } from './deck.ts'
import { npm } from './npm.ts'
import { copyDir, copyProject } from './project-copy.ts'
import { artifacts, sites, siteUrl } from './sites.ts'

interface Job { name: string, output: string, after: string[], run: () => Promise<void> }

async function npmJob(args: readonly string[], cwd = root, env: Record<string, string> = {}) {
  const result = await npm(['--silent', ...args], cwd, env)
  if (result.code !== 0)
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${result.code}:\n${result.output.slice(-4000)}`)
}

// The longest first. Builds and exports run side by side: the kit's build takes a free port for
// its PDF (node/free-export-port.mjs), as Slidev's exporter does. Two exporters in one folder share
// Vite's dependency cache (when both filled it at once, one wrote a PPTX with no slides): the copy's
// two run one after the other, beside the one in the project's own folder.
const jobs: Job[] = [
  { name: 'sub', output: join(sites.sub.dir, 'index.html'), after: [], run: () => npmJob(sites.sub.build, root, { SITE_URL: siteUrl('sub') }) },
  { name: 'clicksPdf', output: artifacts.clicksPdf.file, after: [], run: async () => {
    copyProject()
    await npmJob(artifacts.clicksPdf.make, artifacts.clicksPdf.cwd)
  } },
  { name: 'pptx', output: artifacts.pptx.file, after: [], run: () => npmJob(artifacts.pptx.make) },
  { name: 'root', output: join(sites.root.dir, 'index.html'), after: [], run: () => npmJob(sites.root.build, root, { SITE_URL: siteUrl('root') }) },
  { name: 'hash', output: join(sites.hash.dir, 'index.html'), after: [], run: () => npmJob(sites.hash.build, root, { SITE_URL: siteUrl('hash') }) },
  // the kit's command as a talk's script runs it, in the example deck's folder
  { name: 'example', output: join(sites.example.dir, 'index.html'), after: [], run: () => npmJob(sites.example.build, join(root, 'addon/example'), { SITE_URL: siteUrl('example') }) },
  { name: 'rangePdf', output: artifacts.rangePdf.file, after: ['clicksPdf'], run: () => npmJob(artifacts.rangePdf.make, artifacts.rangePdf.cwd) },
  { name: 'handout', output: artifacts.handout.file, after: ['root'], run: () => npmJob(artifacts.handout.make) },
]

/** Jobs at a time: one a core (an exporter waits on each slide against a timeout, which a crowded machine can miss) */
const LANES = 2

/** Folders that are no input of a build: installs, outputs, test results, the repository. */
const NOT_INPUT = /^(?:\..*|node_modules|dist.*|out|test-results|playwright-report|shots)$/

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
  const done = new Set<string>()
  // a job made again makes what follows it again (a fresh copy of the project loses its exports)
  const pending = jobs.filter((j) => {
    if (!reuse)
      return true
    const why = !existsSync(j.output) ? 'not made yet' : statSync(j.output).mtimeMs < changed ? 'the talk changed since' : j.after.some(a => !done.has(a)) ? `${j.after.join(', ')} made again` : undefined
    if (why) {
      console.log(`  SKIP_BUILD=1: ${j.name} made again (${why})`)
      return true
    }
    done.add(j.name)
    return false
  })
  const running = new Map<string, Promise<string>>()
  while (pending.length || running.size) {
    while (running.size < LANES) {
      const i = pending.findIndex(j => j.after.every(a => done.has(a)))
      if (i < 0)
        break
      const [job] = pending.splice(i, 1) as [Job]
      const started = Date.now()
      if (!job.output.startsWith(copyDir))
        rmSync(job.output.endsWith('index.html') ? join(job.output, '..') : job.output, { recursive: true, force: true })
      running.set(job.name, job.run().then(() => {
        console.log(`  ${job.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
        return job.name
      }))
    }
    if (!running.size)
      throw new Error(`cannot schedule: ${pending.map(j => j.name).join(', ')}`)
    const finished = await Promise.race(running.values())
    running.delete(finished)
    done.add(finished)
  }
})
