/**
 * The site's public address, for what must be absolute: link-preview images (Open Graph asks for a
 * full URL; crawlers do not resolve a path), canonical links and robots.txt's sitemap line.
 * One setting, SITE_URL, with each host's own build variables as defaults:
 *   Netlify:  URL (production) or DEPLOY_PRIME_URL (deploy previews, branch deploys)
 *   Vercel:   VERCEL_PROJECT_PRODUCTION_URL (production) or VERCEL_URL (previews); host names only
 *   GitHub Pages: the workflow passes the Pages URL as SITE_URL
 * With none of them the build says so and leaves those tags out: a bare path would look valid and
 * show nothing.
 */

export interface SiteAddress {
  /** the site's root with the build's base and a trailing slash, e.g. https://example.org/talk/ */
  root: string
  /** which setting gave it */
  from: string
}

type Env = Record<string, string | undefined>

function candidates(env: Env): [string, string | undefined][] {
  const https = (host: string | undefined) => host && (/^https?:\/\//.test(host) ? host : `https://${host}`)
  return [
    ['SITE_URL', env.SITE_URL],
    ['Netlify DEPLOY_PRIME_URL', env.NETLIFY === 'true' && env.CONTEXT !== 'production' ? env.DEPLOY_PRIME_URL : undefined],
    ['Netlify URL', env.NETLIFY === 'true' ? env.URL : undefined],
    ['Vercel VERCEL_PROJECT_PRODUCTION_URL', env.VERCEL_ENV === 'production' ? https(env.VERCEL_PROJECT_PRODUCTION_URL) : undefined],
    ['Vercel VERCEL_URL', env.VERCEL ? https(env.VERCEL_URL) : undefined],
  ]
}

/**
 * The address the site is published at, for a build made with `base` ('/' or '/sub/'), or
 * undefined when nothing says. A malformed address, or one whose path disagrees with the base
 * (the pages would load their files from the wrong place), is an error.
 */
export function siteAddress(base: string, env: Env = process.env): SiteAddress | undefined {
  const found = candidates(env).find(([, value]) => value?.trim())
  if (!found)
    return undefined
  const [from, value] = found as [string, string]
  let url: URL
  try {
    url = new URL(value.trim())
  }
  catch {
    throw new Error(`${from} is not a web address: "${value}" (expected e.g. https://example.org/)`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${from} must be an http(s) address, not "${value}"`)
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  const basePath = base.endsWith('/') ? base : `${base}/`
  // an address without a path means "at the build's base" (hosts name the domain only)
  if (path !== '/' && path !== basePath)
    throw new Error(`${from} (${value}) has the path ${path}, but the site is built for ${basePath}: build with --base ${path}, or set SITE_URL to the address of ${basePath}`)
  return { root: `${url.origin}${basePath}`, from }
}

/** The message a build prints when no address is known. */
export const NO_ADDRESS = 'No site address (SITE_URL, or the host\'s own: Netlify URL, Vercel VERCEL_URL): link previews and canonical links are left out of this build. Set SITE_URL=https://… to include them.'
