// The README's slide map is the deck's: every slide, its number and the file it is in.
import { expect, test } from '@playwright/test'
import { readmeSlideMap, slideMap } from '../scripts/slide-map.ts'

test('the README maps each slide number to the file that holds it', async () => {
  expect(readmeSlideMap(), 'README.md\'s slide map is out of date: run `npm run slide-map`').toBe(await slideMap())
})
