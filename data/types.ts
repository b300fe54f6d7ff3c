import type { Words } from '../utils/lang'

/*
 * Words a slide shows are `Words` (utils/lang.ts): the same fact in each edition's language, so a
 * missing English is a type error. Numbers, ISO dates, addresses and names are typed once, as they are.
 */

/** What every source has, whatever its title. */
interface SourceBase {
  /**
   * Who published the page: a plain string when both editions write it alike (a Latin name), `Words`
   * when they differ (a Korean name, a note such as “via …” in parentheses).
   */
  publisher: string | Words
  url: string
  /** ISO date of publication: YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known */
  date: string
  /** `date` is the US date of a post whose date in Korea is the next day: the lists add “(미국 현지 시각)” / “(US time)” */
  usTime?: true
}

/** A page cited by its own title, as published, in the language it was published in. */
interface TitledSource extends SourceBase {
  /** the page's own title, as published (not translated: it is what a reader finds on the page) */
  title: string
  described?: never
  /**
   * An English gloss of a title published in Korean, shown beside it in the English edition (a test
   * requires one for every title in Hangul, and none for another).
   */
  gloss?: string
}

/**
 * A page whose real title could not be confirmed (or that has none, like a list page): `title` is
 * then our description of it, in each edition's words, shown as a description, never in title marks.
 */
interface DescribedSource extends SourceBase {
  title: Words
  described: true
  gloss?: never
}

/** Where a figure, date or quote on a slide comes from. */
export type Source = TitledSource | DescribedSource

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
  title: Words
  unit: Unit
  /** a plain string is a label written alike in both editions (a year) */
  labels: readonly (string | Words)[]
  values: readonly number[]
  roles: readonly Role[]
  source: Source
  /** caveats the slide must keep next to the figures */
  note?: Words
}

/** One dated event of a timeline. */
export interface TimelineEvent {
  /** ISO date: YYYY-MM-DD, or YYYY-MM when the day is not known */
  date: string
  /** what happened, or a name written alike in both editions (a model) */
  label: string | Words
  role: Role
  /** where this event is documented, when it is not the dataset's own source */
  source?: Source
}

export interface TimelineDataset<E extends TimelineEvent = TimelineEvent> {
  kind: 'timeline'
  id: string
  title: Words
  unit: 'date'
  events: readonly E[]
  source: Source
  note?: Words
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
  withheld: readonly Words[]
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
  allows: readonly Words[]
  forbids: readonly Words[]
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
  claim: Words
  /** ISO date (YYYY-MM-DD) the claim was last checked against `sources`: not a source's own date */
  checked: string
  /**
   * What was looked at on that day, and what it showed: the checker's working note, as it was written
   * (in Korean). Never on a slide; `npm run facts` prints it.
   */
  what: string
  /** what was looked at, in a few words each, for the slide that states the claim */
  lookedAt?: readonly Words[]
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
  status: Words
}

/** A documented incident involving a model, with the company's response. */
export interface Controversy {
  /** ISO date of the incident */
  date: string
  title: Words
  what: Words
  response: Words
  /** ISO date of the response, when it came later */
  responseDate?: string
  source: Source
  /** where the response is documented, when it is not `source` */
  responseSource?: Source
  /** the incident's dates as the slide writes them, when they are a span rather than `date` */
  when?: Words
  /** further pages the incident's or the response's words draw on */
  more?: readonly Source[]
}
