// Where the deck works around Slidev (52.20.1) itself. Each patch names the upstream behaviour it
// answers; each test here fails when a Slidev upgrade changes that behaviour under the patch.
import { carrying, coverFiles, expect, test } from './fixtures.ts'

test('lib/a11y.ts: Slidev\'s nested menu button is one control, and the menu opens by mouse and by keyboard', async ({ page, openSlide }) => {
  await openSlide(2)
  // the patch's premise: Slidev's MenuButton puts its IconButton inside a <button>
  const outer = page.locator('button:has(> button[title="More Options"])')
  await expect(outer, 'Slidev no longer nests the More Options button: lib/a11y.ts may be obsolete').toHaveCount(1)
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

test('styles/chrome.css and lib/deck-font.ts: the cover fetches only the cover\'s face of the font', async ({ page, openSlide }) => {
  const fonts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'font')
      fonts.push(new URL(r.url()).pathname)
  })
  await openSlide(1)
  await page.waitForLoadState('networkidle')
  expect(fonts, 'font files the cover fetched').toHaveLength(1)
  expect(fonts[0]).toMatch(/cover/)
})

test('lib/chunks.ts: chart.js stays out of the cover\'s chunks', async ({ page, openSlide }) => {
  const files = await coverFiles(page, openSlide)
  expect(carrying(files, 'script'), 'the cover loaded scripts (the check has something to read)').not.toEqual([])
  expect(carrying(files, 'script', 'devicePixelRatio', '_hiddenIndices'), 'scripts carrying chart.js loaded by the cover').toEqual([])
})
