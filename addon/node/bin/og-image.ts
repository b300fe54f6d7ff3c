/**
 * `npm run og-image [-- --site DIR]`: redraws public/og-image.png (1200×630, the link-preview
 * picture) from the cover. The image is committed, so building the site needs no browser for it.
 */
import { parseArgs } from 'node:util'
import { openBuiltSite, showFinalSlide } from '../built-site.ts'

const { values } = parseArgs({ options: { site: { type: 'string' } } })
const site = await openBuiltSite(values.site)
try {
  // the 16:9 cover at 1200 px wide is 675 px high: keep its middle 630 px (1.91:1)
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 675 }, deviceScaleFactor: 1 })
  const cover = await showFinalSlide(page, site.url, 1)
  const box = (await cover.boundingBox())!
  await page.screenshot({ path: 'public/og-image.png', clip: { x: 0, y: Math.round(box.y + (box.height - 630) / 2), width: 1200, height: 630 } })
  console.log('  ✓ public/og-image.png')
}
finally {
  await site.close()
}
