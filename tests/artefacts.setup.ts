/**
 * Makes every build and file the tests read, once, with the project's own npm scripts (real
 * `slidev build`, real exporter). Two at a time on two cores, in an order that keeps Slidev's fixed
 * export port (12445, held by `npm run build`'s PDF step) to one user. SKIP_BUILD=1 reuses what the
 * last run made.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { root } from 'slidev-addon-talk-kit/deck'
import { npm } from './npm.ts'
import { copyDir, copyProject } from './project-copy.ts'
import { artifacts, qrRoot, sites, siteUrl } from './sites.ts'

interface Job { name: string, output: string, after: string[], run: () => Promise<void> }

async function npmJob(args: readonly string[], cwd = root, env: Record<string, string> = {}) {
  const result = await npm(['--silent', ...args], cwd, env)
  if (result.code !== 0)
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${result.code}:\n${result.output.slice(-4000)}`)
}

const jobs: Job[] = [
  { name: 'sub', output: join(sites.sub.dir, 'index.html'), after: [], run: () => npmJob(sites.sub.build, root, { SITE_URL: siteUrl('sub') }) },
  { name: 'root', output: join(sites.root.dir, 'index.html'), after: [], run: () => npmJob(sites.root.build, root, { SITE_URL: siteUrl('root') }) },
  { name: 'hash', output: join(sites.hash.dir, 'index.html'), after: [], run: () => npmJob(sites.hash.build, root, { SITE_URL: siteUrl('hash'), ...sites.hash.env }) },
  { name: 'qrRoot', output: join(qrRoot.dir, 'index.html'), after: [], run: () => npmJob(qrRoot.build, root, { SITE_URL: qrRoot.address, ...qrRoot.env }) },
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

test('build the sites and export the files the tests read', async () => {
  test.setTimeout(30 * 60_000)
  const reuse = process.env.SKIP_BUILD === '1'
  const done = new Set<string>()
  // a job made again makes what follows it again (a fresh copy of the project loses its exports)
  const pending = jobs.filter((j) => {
    if (reuse && existsSync(j.output) && j.after.every(a => done.has(a))) {
      done.add(j.name)
      return false
    }
    return true
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
