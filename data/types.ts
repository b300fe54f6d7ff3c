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

/** What a dataset's numbers are measured in. */
export type Unit = '%' | '억 원' | '개'

/** Palette role of a value or an event: mirrors the colour variables in styles/theme.css. */
export type Role = 'open' | 'closed' | 'limited' | 'neutral'

/** A series shown as a chart: labels[i] names values[i], coloured by roles[i]. */
export interface SeriesDataset {
  kind: 'series'
  id: string
  /** what the numbers are, in words (this is the chart's title and the start of its text alternative) */
  title: string
  unit: Unit
  labels: readonly string[]
  values: readonly number[]
  roles: readonly Role[]
  source: Source
  /** caveats the slide must keep next to the figures */
  note?: string
}

/** One dated event of a timeline. */
export interface TimelineEvent {
  /** ISO date: YYYY-MM-DD, or YYYY-MM when the day is not known */
  date: string
  label: string
  role: Role
  /** where this event is documented, when it is not the dataset's own source */
  source?: Source
}

export interface TimelineDataset<E extends TimelineEvent = TimelineEvent> {
  kind: 'timeline'
  id: string
  title: string
  unit: 'date'
  events: readonly E[]
  source: Source
  note?: string
}

/** Every figure and date the deck charts is one of these. */
export type Dataset = SeriesDataset | TimelineDataset
