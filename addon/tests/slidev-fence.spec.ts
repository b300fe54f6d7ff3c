// The one fence around the addon's patches of Slidev (node/slidev-fence.ts): the installed Slidev
// is the verified one, the warning on another names every patch, and the README's table is that list.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { fenceWarning, installedSlidev, PATCHES, VERIFIED_ON } from '../node/slidev-fence.ts'

const addon = fileURLToPath(new URL('..', import.meta.url))

test('the installed Slidev is the one the patches were verified on (re-verify them before moving it)', () => {
  expect(installedSlidev()).toBe(VERIFIED_ON)
  expect(fenceWarning(VERIFIED_ON)).toBeUndefined()
})

test('on another Slidev the warning names every patch, and each named file exists', () => {
  const project = mkdtempSync(join(tmpdir(), 'fence-'))
  const pkg = join(project, 'node_modules', '@slidev', 'cli', 'package.json')
  mkdirSync(dirname(pkg), { recursive: true })
  writeFileSync(pkg, JSON.stringify({ name: '@slidev/cli', version: '54.0.0' }))
  writeFileSync(join(project, 'package.json'), '{}')
  const installed = installedSlidev(project)
  expect(installed).toBe('54.0.0')
  const warning = fenceWarning(installed)!
  for (const p of PATCHES) {
    expect(warning).toContain(`addon/${p.file}`)
    expect(existsSync(join(addon, p.file)), p.file).toBe(true)
  }
})

test('the README\'s patch table lists exactly the fenced patches, and names the verified version', () => {
  const readme = readFileSync(join(addon, 'README.md'), 'utf8')
  const table = readme.slice(readme.indexOf('## Patches of Slidev'), readme.indexOf('\n## ', readme.indexOf('## Patches of Slidev') + 1))
  const rows = Array.from(table.matchAll(/^\| `([^`]+)` \|/gm), m => m[1])
  expect(rows).toEqual(PATCHES.map(p => p.file))
  expect(table).toContain(`**${VERIFIED_ON}**`)
})
