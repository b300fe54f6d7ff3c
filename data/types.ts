/** Where a figure, date or quote on a slide comes from. */
export interface Source {
  publisher: string
  /** the page's own title, as published — or, when `described` is set, what the page is */
  title: string
  /**
   * The page's real title could not be confirmed (or it has none, like a list page): `title` is
   * then our description of it, shown as a description, never in title marks.
   */
  described?: true
  url: string
  /** ISO date of publication: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known */
  date: string
  /** `date` is the US date of a post whose date in Korea is the next day: the lists add “(미국 현지 시각)” */
  usTime?: true
}

/** A quoted post, shown as a local card (no embed script, no remote image). */
export interface Post {
  author: string
  handle: string
  /** ISO date as posted (US time) */
  date: string
  text: string
  source: Source
}

/** What a dataset's numbers are measured in. */
type Unit = '%' | '억' | '개'

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

/** An open-weights release: what was published, and what was kept back. */
export interface WeightsRelease {
  name: string
  /** Hugging Face repository the weights were published in */
  repo: string
  /** ISO date of the release */
  released: string
  weightsGB: number
  files: number
  /** total parameters, in billions */
  paramsB: number
  experts: number
  activeExperts: number
  /** true when the size is read from the published config rather than announced */
  sizeFromConfig: boolean
  withheld: readonly string[]
  source: Source
}

/** A model licence: what it allows and what it forbids. */
export interface LicenceTerms {
  name: string
  /** ISO date of the version described */
  date: string
  revocable: boolean
  /** an OSI-approved open-source licence? */
  osiApproved: boolean
  allows: readonly string[]
  forbids: readonly string[]
  source: Source
}

/**
 * A claim about a state of the world that can change after the essay (whether Grok 3's weights are
 * out, a licence's current terms, a lawsuit's status, the models that came later): what the slides
 * say, the day it was last checked against its sources, and what was looked at. `npm run facts`
 * lists these before a talk (data/checked.ts).
 */
export interface CheckedClaim {
  /** what the slides state, in one line */
  claim: string
  /** ISO date (YYYY-MM-DD) the claim was last checked against `sources`: not a source's own date */
  checked: string
  /** what was looked at on that day, and what it showed */
  what: string
  /** what was looked at, in a few words each, for the slide that states the claim */
  lookedAt?: readonly string[]
  sources: readonly Source[]
}

/** A public promise and whether it was kept, as last checked. */
export interface PromiseStatus extends CheckedClaim {
  /** ISO date the promise was made */
  promised: string
  quote: string
  months: number
  /** ISO date about `months` after the promise: a rough target, not a deadline */
  dueAround: string
  kept: boolean
  /** the status in a few words, for a slide that shows what was looked at beside it (`claim` adds the scope) */
  status: string
}

/** A documented incident involving a model, with the company's response. */
export interface Controversy {
  /** ISO date of the incident */
  date: string
  title: string
  what: string
  response: string
  /** ISO date of the response, when it came later */
  responseDate?: string
  source: Source
  /** where the response is documented, when it is not `source` */
  responseSource?: Source
  /** the incident's dates as the slide writes them, when they are a span rather than `date` */
  when?: string
  /** further pages the incident's or the response's words draw on */
  more?: readonly Source[]
}
