/**
 * The built deck remote mode's viewers watch (`npm run remote -- --viewers`): `slidev build` into
 * `node_modules/.cache/talk-kit/viewers/<hash>/`, where the hash is of the talk's own files, so a
 * start with the slides unchanged reuses the last build and a change builds anew. Edits made while
 * remote mode runs reach viewers at its next start.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { slidevCli } from './slidev.ts'
import { cwdRoot } from './talk.ts'

/** Folders that are no input of the deck: installs, builds, test output, hidden ones. */
const NOT_INPUT = /^(?:\..*|node_modules|dist.*|out|test-results|playwright-report)$/

function inputsHash(root: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (NOT_INPUT.test(name))
        continue
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        walk(path)
        continue
      }
      hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0')
    }
  }
  walk(root)
  return hash.digest('hex').slice(0, 16)
}

/** The folder of the viewers' build, made now when the talk's files changed since the last one. */
export function viewerBuild(entry: string, root = cwdRoot()): string {
  const builds = join(root, 'node_modules', '.cache', 'talk-kit', 'viewers')
  const dir = join(builds, inputsHash(root))
  if (existsSync(join(dir, 'index.html'))) {
    console.log('  Viewers get the deck as built at the last start (the slides have not changed since).')
    return dir
  }
  rmSync(builds, { recursive: true, force: true })
  console.log('  Building the deck viewers will see (again whenever the slides change)…')
  // its notes (no site address, plugin timings) say nothing to a presenter: shown only if it fails
  const build = spawnSync(process.execPath, [slidevCli(), 'build', entry, '--out', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (build.status !== 0 || !existsSync(join(dir, 'index.html')))
    throw new Error(`${build.stdout}${build.stderr}\nslidev build exited ${build.status} without writing ${join(dir, 'index.html')}.`)
  return dir
}
