/**
 * Slidev writes the favicon and the Open Graph image into index.html exactly as the headmatter
 * gives them, without the build's base: on a sub-path host (/talk/) "/favicon.svg" misses.
 * This prefixes the base to the deck's own root-relative files in index.html.
 * Works around Slidev (`setupIndexHtml` copies `favicon` and `seoMeta.ogImage` verbatim);
 * tests/host.spec.ts checks the paths on the sub-path build.
 */
import type { SlidevConfig } from '@slidev/types'
import type { Plugin } from 'vite'

/** The deck's root-relative files Slidev writes into index.html: its favicon and preview image. */
function rootRelativeFiles(config: SlidevConfig): string[] {
  return [config.favicon, config.seoMeta?.ogImage].filter((f): f is string => typeof f === 'string' && /^\/[^/]/.test(f)).map(f => f.slice(1))
}

export function basePaths(config: SlidevConfig): Plugin {
  const files = rootRelativeFiles(config)
  let base = '/'
  return {
    name: 'deck-base-paths',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (base === '/')
          return html
        return files.reduce((out, file) => out.replaceAll(`"/${file}"`, `"${base}${file}"`), html)
      },
    },
  }
}
