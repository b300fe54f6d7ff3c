/**
 * A Vite plugin for what search engines and link previews read from the built site:
 * - og:image and twitter:image as full URLs, a canonical link and og:url, from the site's address
 *   (addon/node/site-address.ts); without an address they are left out, and the build says so;
 * - Slidev writes description, author and keywords into index.html as JSON strings
 *   ("…\n…" with the quotes and the \n as text): they are written as plain text;
 * - a real robots.txt (without one, a host's SPA fallback answers /robots.txt with the deck's HTML).
 */
import type { Plugin } from 'vite'
import type { SiteAddress } from './site-address.ts'
import escapeHtml from 'escape-html'
import { NO_ADDRESS, siteAddress } from './site-address.ts'

/** Slidev's JSON-quoted meta contents ("&quot;…\n…&quot;") as plain text. */
function unquoteMeta(html: string): string {
  return html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, (_all, open: string, body: string, close: string) => {
    const text = body.replace(/\\n/g, ' ').replace(/\\"/g, '"').replace(/\s+/g, ' ').trim()
    return `${open}${text}${close}`
  })
}

function previewTags(html: string, base: string, address: SiteAddress | undefined): string {
  const absolute = (path: string) => address && new URL((path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')), address.root).href
  const image = /<meta property="og:image" content="([^"]*)">\n?/.exec(html)
  let out = html
  if (image) {
    const url = /^https?:\/\//.test(image[1]!) ? image[1] : absolute(image[1]!)
    out = out.replace(image[0], url ? `<meta property="og:image" content="${escapeHtml(url)}">\n<meta name="twitter:image" content="${escapeHtml(url)}">\n` : '')
  }
  if (address) {
    out = out.replace('</head>', `<link rel="canonical" href="${escapeHtml(address.root)}">\n<meta property="og:url" content="${escapeHtml(address.root)}">\n</head>`)
  }
  return out
}

function robotsTxt(): string {
  return `# The talk's slides and its reading page may be indexed.
User-agent: *
Allow: /
`
}

export function siteMeta(): Plugin {
  let base = '/'
  let address: SiteAddress | undefined
  return {
    name: 'deck-site-meta',
    apply: 'build',
    configResolved(config) {
      base = config.base
      address = siteAddress(base)
      if (address)
        config.logger.info(`Site address: ${address.root} (from ${address.from})`)
      else config.logger.warn(NO_ADDRESS)
    },
    transformIndexHtml: {
      order: 'post',
      handler: html => previewTags(unquoteMeta(html), base, address),
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsTxt() })
    },
  }
}
