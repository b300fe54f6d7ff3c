// Where the deck works around Slidev itself (addon/node/slidev-fence.ts names the version verified). Each patch names the upstream behaviour it
// answers; each test here fails when a Slidev upgrade changes that behaviour under the patch.
import { PLACEHOLDER } from 'slidev-addon-talk-kit/print-ready'
import { carrying, coverFiles, expect, test } from './fixtures.ts'

test('addon/client/a11y.ts: Slidev\'s nested menu button is one control, and the menu opens by mouse and by keyboard', async ({ page, openSlide }) => {
  await openSlide(2)
  // the patch's premise: Slidev's MenuButton puts its IconButton inside a <button>
  const outer = page.locator('button:has(> button[title="More Options"])')
  await expect(outer, 'Slidev no longer nests the More Options button: addon/client/a11y.ts may be obsolete').toHaveCount(1)
  await expect(outer).toHaveAttribute('aria-label', 'More Options')
  await expect(outer.locator('button')).toBeDisabled()

  const menu = page.locator('.z-menu')
  await outer.click()
  await expect(menu).toBeVisible()
  await outer.click()
  await expect(menu).toBeHidden()

  await outer.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toBeVisible()
})

test('addon/node/chunks.ts: chart.js stays out of the cover\'s chunks', async ({ page, openSlide }) => {
  const files = await coverFiles(page, openSlide)
  expect(carrying(files, 'script'), 'the cover loaded scripts (the check has something to read)').not.toEqual([])
  expect(carrying(files, 'script', 'devicePixelRatio', '_hiddenIndices'), 'scripts carrying chart.js loaded by the cover').toEqual([])
})

test('addon/node/print-ready.ts: from the page\'s first moment until a slide is drawn there is a loading element for the exporter to wait on, in the page and in each slide\'s frame', async ({ page, openSlide }) => {
  // what Slidev's exporter would find at each change of the page, from the end of its HTML
  await page.addInitScript(() => {
    const gaps: string[] = []
    Object.assign(window, { printGaps: gaps })
    const check = (when: string) => {
      if (!document.querySelector('.slidev-layout, .slidev-slide-loading'))
        gaps.push(`${when}: nothing drawn and nothing loading`)
      for (const frame of document.querySelectorAll('[data-slidev-no]')) {
        if (!frame.querySelector('.slidev-layout, .slidev-slide-loading'))
          gaps.push(`${when}: slide ${frame.getAttribute('data-slidev-no')} framed, neither drawn nor loading`)
      }
    }
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive')
        return
      check('HTML read')
      new MutationObserver(() => check('a change')).observe(document, { childList: true, subtree: true })
    })
  })
  // slide 4 and its neighbours: none is in the chunks the page loads first
  await openSlide(4)
  await expect(page.locator(`#${PLACEHOLDER}`), 'the page\'s own loading element goes once a slide is framed').toHaveCount(0)
  await expect(page.locator('[data-slidev-no="5"] .slidev-layout'), 'the next slide, mounted hidden').toHaveCount(1)
  expect(await page.evaluate(() => (window as unknown as { printGaps: string[] }).printGaps)).toEqual([])
})
