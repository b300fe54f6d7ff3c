/**
 * Makes every build and file the tests read, once, with the project's own npm scripts (real
 * `slidev build`, real exporter). Two at a time on two cores, in an order that keeps Slidev's fixed
 * export port (12445, held by `npm run build`'s PDF step) to one user. SKIP_BUILD=1 reuses what the
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

const jobs: Job[] = [
  { name: 'sub', output: join(sites.sub.dir, 'index.html'), after: [], run: () => npmJob(sites.sub.build, root, { SITE_URL: siteUrl('sub') }) },
  { name: 'root', output: join(sites.root.dir, 'index.html'), after: [], run: () => npmJob(sites.root.build, root, { SITE_URL: siteUrl('root') }) },
  { name: 'hash', output: join(sites.hash.dir, 'index.html'), after: [], run: () => npmJob(sites.hash.build, root, { SITE_URL: siteUrl('hash') }) },
  // the kit's command as a talk's script runs it, in the example deck's folder; it exports on the
  // build's fixed port too, so after the talk's own build has let go of it
  { name: 'example', output: join(sites.example.dir, 'index.html'), after: ['sub'], run: () => npmJob(sites.example.build, join(root, 'addon/example'), { SITE_URL: siteUrl('example') }) },
  { name: 'handout', output: artifacts.handout.file, after: ['root'], run: () => npmJob(artifacts.handout.make) },
  // exporters pick port 12445 when free: start them once the PDF build has let go of it. The two
  // run side by side, each in its own folder: two exporters in one folder share Vite's dependency
  // cache, and when both filled it at once one could write a PPTX with no slides.
  { name: 'clicksPdf', output: artifacts.clicksPdf.file, after: ['sub'], run: async () => {
    copyProject()
    await npmJob(artifacts.clicksPdf.make, artifacts.clicksPdf.cwd)
  } },
  { name: 'pptx', output: artifacts.pptx.file, after: ['sub'], run: () => npmJob(artifacts.pptx.make) },
  { name: 'rangePdf', output: artifacts.rangePdf.file, after: ['clicksPdf'], run: () => npmJob(artifacts.rangePdf.make, artifacts.rangePdf.cwd) },
]

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
    while (running.size < 2) {
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
