// The slide map in docs/editing.md is the deck's: every slide, its number and the file it is in.
import { expect, test } from '@playwright/test'
import { documentedSlideMap, slideMap } from '../scripts/slide-map.ts'

test('docs/editing.md maps each slide number to the file that holds it', async () => {
  expect(documentedSlideMap(), 'docs/editing.md\'s slide map is out of date: run `npm run slide-map`').toBe(await slideMap())
})
