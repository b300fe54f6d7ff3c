// `npm run test:slide -- N` (scripts/bin/test-slide.ts): the slides asked for, in every click state
// (from the notes' [click] markers), against the dev server, with the rehearsal's own checks: it
// renders, nothing sticks out, no text under 18 px, charts drawn, no console or page error and no
// request to another host, axe-core at the last click, and there all it draws is in the font cut
// and all it cites is on the sources slides. A picture of every state goes to
// out/test-slide/shots/ (NN-K.png: slide NN at click K) for looking at.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Citations } from './citations.ts'
import { expect, test } from './fixtures.ts'
import { checkArrived, checkDrawnAndCited, checkForward, deckStates, problemsSince, soft, stateName, WINDOW } from './rehearsal.ts'

const wanted = (process.env.TEST_SLIDES ?? '').split(',').filter(Boolean).map(Number)
if (!wanted.length)
  throw new Error('No slides asked for: run it as `npm run test:slide -- N` (or 3-5, or 3,7).')
const states = await deckStates()

test.use({ contextOptions: { reducedMotion: 'reduce' }, viewport: WINDOW })
test.describe.configure({ mode: 'parallel' })

for (const no of wanted) {
  const own = states.filter(s => s.no === no)
  test(`slide ${no}, clicks 0–${own[0]!.clicksTotal}: ${own[0]!.title}`, async ({ page, problems }, testInfo) => {
    const newProblems = problemsSince(problems)
    const shots = join(testInfo.project.outputDir, 'shots')
    await page.goto(`/${no}`)
    // the dev server compiles the app on its first visit: from a cold start (no Vite cache, a busy
    // machine) it took over 15 s here before the page had a slide; every later arrival is quick
    await expect(page.getByTestId('slide-announcer'), `slide ${no}: the app mounts`).toHaveAttribute('data-slide-no', String(no), { timeout: 60_000 })
    for (const s of own) {
      const where = stateName(s)
      if (s.clicks > 0)
        await page.keyboard.press('ArrowRight')
      const slide = await checkArrived(page, s, where)
      mkdirSync(shots, { recursive: true })
      writeFileSync(join(shots, `${String(no).padStart(2, '0')}-${s.clicks}.png`), await page.locator('#slide-content').screenshot())
      await checkForward(page, slide, s, where)
      soft(newProblems(), `${where}: errors`).toEqual([])
      if (s.clicks === s.clicksTotal) {
        const citations = new Citations()
        await checkDrawnAndCited(page, slide, no, citations)
        citations.verifySome()
      }
    }
  })
}
