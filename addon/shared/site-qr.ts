/** The reading page's address as a QR code, as the build hands it to the slides (addon/node/site-qr.ts). */
export interface SiteQr {
  /** the reading page's absolute URL, what the code holds */
  url: string
  /** the URL without its scheme and last slash, for people to type */
  short: string
  /** modules per side, quiet zone included */
  size: number
  /** the dark modules as one SVG path in module units */
  path: string
}

/**
 * Whether a build has a download, Slidev's `download` (`--download`, or the headmatter): such a build
 * gets the PDF, the reading page beside it, and the slides' link and QR code to that page.
 */
export const hasDownload = (download: unknown): boolean => download === true || download === 'true' || download === 'auto'
