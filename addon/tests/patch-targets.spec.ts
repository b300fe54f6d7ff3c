// Every reliance on Slidev's private code is checked at start (node/patch-targets.ts): on the
// installed Slidev each target is there; with one taken out, the check names that patch; a
// reformatted Slidev still matches; and each patch is in the README's table.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { code, missingTargets, PATCH_TARGETS } from '../node/patch-targets.ts'

const talkRoot = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('the installed Slidev has every target', () => {
  expect(missingTargets(talkRoot)).toEqual([])
})

for (const target of PATCH_TARGETS) {
  test(`taken out of ${target.where}, "${target.patch}" stops the command by name (${target.why})`, () => {
    const without = new RegExp(target.expect.source, 'g')
    const missing = missingTargets(talkRoot, f => readFileSync(f, 'utf8').replace(without, ''), [target])
    expect(missing).toHaveLength(1)
    expect(missing[0]).toMatch(new RegExp(`^patch "${target.patch}": `))
  })
}

test('a target matches however Slidev lays its code out', () => {
  const pattern = code(`import { parseRangeString } from '@slidev/parser/core'`)
  expect(pattern.test(`import {parseRangeString} from "@slidev/parser/core"`)).toBe(true)
  expect(pattern.test(`import {\n  parseRangeString,\n} from '@slidev/parser/core'`)).toBe(false) // a trailing comma is code, not layout
  expect(code('delay: 300,').test('\tdelay:300,')).toBe(true)
  expect(code('delay: 300,').test('delay: 3000,')).toBe(false)
})

test('each patch is a row of the README\'s table, with its upstream note', () => {
  const table = readme.slice(readme.indexOf('## Patches of Slidev'))
  for (const name of new Set(PATCH_TARGETS.map(t => t.patch)))
    expect(table, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'))
})
