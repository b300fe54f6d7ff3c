/** Where a figure, date or quote on a slide comes from. */
export interface Source {
  publisher: string
  title: string
  url: string
  /** ISO date of publication (YYYY-MM-DD) */
  date: string
}

/** A quoted post, shown as a local card (no embed script, no remote image). */
export interface Post {
  author: string
  handle: string
  /** ISO date as posted (US time) */
  date: string
  /** what the audience in Korea saw as the date */
  dateKorea: string
  text: string
  source: Source
}
