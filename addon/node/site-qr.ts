import type { SlidevConfig } from '@slidev/types'
/**
 * The reading page's address as a QR code, drawn at build time: `virtual:talk-kit/site-qr` holds
 * its absolute URL, a short form to print beside it, and the code's modules as one SVG path, or
 * null. Null, so the deck shows neither, unless the build both knows the site's address
 * (SITE_URL or the host's own, addon/node/site-address.ts) and writes the reading page (a build
 * with a download, node/finish-site.ts): the dev server, an export (which runs one) and a build
 * without a download have no reading page to point to.
 */
import type { Plugin } from 'vite'
import type { SiteQr } from '../shared/site-qr.ts'
import { encode } from 'uqr'
import { hasDownload } from '../shared/site-qr.ts'
import { READING_PATH } from './reading-page.ts'
import { siteAddress } from './site-address.ts'
import { jsonModule } from './virtual-module.ts'

/** the quiet zone the QR standard asks for, in modules */
const QUIET = 4

/**
 * The reading page's absolute address the build shows, or undefined when it shows none: only a
 * build (`command`) that writes the reading page and knows the site's address.
 */
export function qrTarget(command: string, base: string, download: unknown, env: Parameters<typeof siteAddress>[1] = process.env): string | undefined {
  const address = command === 'build' && hasDownload(download) ? siteAddress(base, env) : undefined
  return address ? new URL(READING_PATH, address.root).href : undefined
}

/** The address as printed beside the code: no scheme, no trailing slash. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

/** `url` as a QR code for a slide (`SiteQr.vue` draws it). */
export function siteQr(url: string): SiteQr {
  const { data, size } = encode(url, { ecc: 'M', border: QUIET })
  let path = ''
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark)
      path += `M${x} ${y}h1v1h-1z`
  }))
  return { url, short: shortAddress(url), size, path }
}

export function siteQrPlugin(config: SlidevConfig): Plugin {
  let qr: SiteQr | null = null
  return {
    name: 'talk-kit-site-qr',
    configResolved(vite) {
      const target = qrTarget(vite.command, vite.base, config.download)
      qr = target ? siteQr(target) : null
    },
    ...jsonModule('virtual:talk-kit/site-qr', () => qr),
  }
}
