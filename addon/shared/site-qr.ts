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
