/**
 * What the tests of remote mode and of the dev server's write guard try against the talk, and how
 * they check that it held: `slides.md` byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './deck.ts'
import { expect } from './fixtures.ts'

/** A write of the shared slide state that would put every window on slide 16. */
export const NAV_16 = JSON.stringify({ patch: { page: 16, clicks: 0, lastUpdate: { id: 'stranger', type: 'presenter', time: Date.now() } } })

const slidesFile = join(root, 'slides.md')

/**
 * Runs `attempts` (a stranger's requests) and then checks that `slides.md` is byte-identical; a
 * write that got through is undone, so that a failing run does not leave the talk rewritten.
 */
export async function slidesUntouched(attempts: () => Promise<void>) {
  const before = readFileSync(slidesFile)
  try {
    await attempts()
    expect(readFileSync(slidesFile).equals(before), 'slides.md is byte-identical').toBe(true)
  }
  finally {
    if (!readFileSync(slidesFile).equals(before))
      writeFileSync(slidesFile, before)
  }
}
