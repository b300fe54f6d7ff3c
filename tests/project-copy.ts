/**
 * A copy of the project in a folder named the way a Korean presenter names one: Hangul and a space.
 * The commands run there as they would on that laptop. node_modules is hard-linked file by file (a
 * symlink would not do: Vite then sees the packages outside the project and refuses to serve them),
 * or copied where links are not possible.
 */
import { copyFileSync, cpSync, linkSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './deck.ts'

export const copyDir = join(tmpdir(), 'grok-talk-tests', '발표 자료')

/** What a fresh clone has: no builds, exports, caches or test output. */
const NOT_IN_A_CLONE = /^(?:\.git|node_modules|dist(?:-.*)?|test-results|playwright-report|out|\.slidev)$|\.(?:pdf|pptx)$/
/**
 * What the copy's tools write inside node_modules (Vite's caches, Slidev's generated import-glob
 * modules): each copy keeps its own, as a clone would. Hard-linked, a file one process rewrites is
 * the file the other is reading.
 */
const CACHES = new Set(['.vite', '.cache', '.vite-temp', '.slidev'])

function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) {
      if (!CACHES.has(entry.name))
        linkTree(source, target)
    }
    else if (entry.isSymbolicLink()) {
      symlinkSync(readlinkSync(source), target)
    }
    else {
      try {
        linkSync(source, target)
      }
      catch {
        copyFileSync(source, target)
      }
    }
  }
}

/** Makes a fresh copy of the project at `copyDir` and returns its path. */
export function copyProject(): string {
  rmSync(copyDir, { recursive: true, force: true })
  cpSync(root, copyDir, { recursive: true, filter: (src) => {
    const rel = src.slice(root.length).replace(/\\/g, '/').replace(/^\//, '')
    return !rel || !rel.split('/').some(part => NOT_IN_A_CLONE.test(part))
  } })
  linkTree(join(root, 'node_modules'), join(copyDir, 'node_modules'))
  return copyDir
}
