/**
 * `npm run slide-map [-- --check]`: writes the slide map in docs/editing.md (which file holds each slide)
 * from the deck; with --check, exits 1 when the slide map's table is not the deck's.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { documentedSlideMap, END, mapPath, slideMap, START } from '../slide-map.ts'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const readme = readFileSync(mapPath, 'utf8')
const current = documentedSlideMap(readme)
const wanted = await slideMap()
if (current === wanted) {
  console.log('docs/editing.md\'s slide map matches the deck.')
}
else if (values.check) {
  console.error('docs/editing.md\'s slide map is out of date: run `npm run slide-map`.')
  process.exit(1)
}
else {
  const at = readme.indexOf(START) + START.length
  writeFileSync(mapPath, `${readme.slice(0, at)}\n\n${wanted}\n\n${readme.slice(readme.indexOf(END))}`)
  console.log('docs/editing.md: slide map written.')
}
