// The kit knows no talk: none of its files but its language table holds Hangul (a talk's words
// come from its deck, the kit's own from shared/words.ts), and none names a talk's files.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

const addon = fileURLToPath(new URL('..', import.meta.url))
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (['node_modules', 'example', 'dist'].includes(name))
      return []
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}
const sources = files(addon).filter(f => /\.(?:ts|mts|mjs|vue|html|css|json|md)$/.test(f))

test('Hangul only in the language table', () => {
  const withHangul = sources.filter(f => /\p{Script=Hangul}/u.test(readFileSync(f, 'utf8'))).map(f => relative(addon, f))
  expect(withHangul).toEqual(['shared/words.ts'])
})

test('no talk\'s folder, theme file or colour name', () => {
  const named = sources.flatMap(f => Array.from(readFileSync(f, 'utf8').matchAll(/(?<![\w/.])(?:data|utils|content|pages)\/|styles\/theme\.css|--c-[\w-]+|og-image\.png/g), m => `${relative(addon, f)}: ${m[0]}`))
  expect(named).toEqual([])
})
