/**
 * `npm run slide-map [-- --check]`: writes the README's slide map (which file holds each slide)
 * from the deck; with --check, exits 1 when the README's table is not the deck's.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { END, readmePath, readmeSlideMap, slideMap, START } from '../slide-map.ts'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const readme = readFileSync(readmePath, 'utf8')
const current = readmeSlideMap(readme)
const wanted = await slideMap()
if (current === wanted) {
  console.log('README.md\'s slide map matches the deck.')
}
else if (values.check) {
  console.error('README.md\'s slide map is out of date: run `npm run slide-map`.')
  process.exit(1)
}
else {
  const at = readme.indexOf(START) + START.length
  writeFileSync(readmePath, `${readme.slice(0, at)}\n\n${wanted}\n\n${readme.slice(readme.indexOf(END))}`)
  console.log('README.md: slide map written.')
}
