/**
 * `talk-kit og-image [--site DIR] [--lang <edition>]`: redraws the deck's link-preview picture (the
 * file its seoMeta.ogImage names, in public/; 1200×630) from the cover. The image is committed, so building the site needs no browser for it.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openBuiltSite, showFinalSlide } from '../built-site.ts'
import { commandTalk, KitError } from '../talk.ts'

const { talk, args } = await commandTalk(process.argv.slice(2))
const { values } = parseArgs({ args, options: { site: { type: 'string' } } })
// the picture Slidev names in the page (the headmatter's seoMeta.ogImage), kept in public/
const named = talk.deck.config.seoMeta?.ogImage
if (typeof named !== 'string' || !/^\/[^/]/.test(named))
  throw new KitError(`the deck names no preview picture of its own: set seoMeta.ogImage to a path in public/, such as /preview.png (it has ${JSON.stringify(named ?? null)})`)
const file = join(talk.root, 'public', named.slice(1))
const site = await openBuiltSite(values.site, '/', talk.entry)
try {
  // the 16:9 cover at 1200 px wide is 675 px high: keep its middle 630 px (1.91:1)
  const page = await site.browser.newPage({ viewport: { width: 1200, height: 675 }, deviceScaleFactor: 1 })
  const cover = await showFinalSlide(page, site.url, 1)
  const box = (await cover.boundingBox())!
  await page.screenshot({ path: file, clip: { x: 0, y: Math.round(box.y + (box.height - 630) / 2), width: 1200, height: 630 } })
  console.log(`  ✓ ${file}`)
}
finally {
  await site.close()
}
