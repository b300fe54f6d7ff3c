import type { Dataset, Source } from './types'
/**
 * The deck's index: what each slide cites and which datasets each figure draws. The sources slides'
 * list, the data tests and the chart tests are derived from here, never kept by hand.
 * A slide cites through <SourceNote :cites="…"> with its key below (or a figure that does so itself).
 */
import { aiIndexAccess2023, aiIndexOpenShare, aiIndexSource } from './ai-index'
import { controversies } from './controversies'
import { essayIllustration } from './essay-illustration'
import { factCheck } from './factcheck'
import { grok1, grok2LicenceChange, grok2LicenceNow, grok2Repo, grok2SizeDiscussion, grok3Promise, grok4 } from './grok'
import { ibmRoi } from './ibm-roi'
import { openAiTimeline } from './openai-timeline'
import { gemma, releases } from './releases'
import { openWeightsDebate } from './risks'
import { since2025, since2026, sinceSources } from './since'
import { muskPost } from './tweet'

/** The same page once, in first-cited order. */
function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>()
  return sources.filter((s) => {
    if (seen.has(s.url))
      return false
    seen.add(s.url)
    return true
  })
}

/** A page anyone can open (the essay's own copy in this repository is not one). */
export const isPublic = (s: Source): boolean => /^https:\/\//.test(s.url)

const gptOss = releases.events.find(e => e.label === 'gpt-oss')!

/** What each slide cites, by the slide's key (its page file names the key where it cites). */
export const citations = {
  tweet: [muskPost.source],
  revenge: [grok2Repo],
  rift: distinctSources(openAiTimeline.events.flatMap((e): Source[] => 'more' in e ? [e.source, e.more] : [e.source])),
  partial: distinctSources([grok2Repo, grok2SizeDiscussion, grok2LicenceChange, ...grok2LicenceNow.sources]),
  generosity: [grok1.source, grok2LicenceChange],
  ibm: [ibmRoi.source],
  essayMath: [ibmRoi.source, essayIllustration.source],
  whyOpen: [ibmRoi.source],
  shift: [aiIndexSource],
  releases: distinctSources(releases.events.flatMap((e): Source[] => 'licenceSource' in e ? [e.source, e.licenceSource] : [e.source])),
  crossroads: [gemma.source, gptOss.source],
  promise: [muskPost.source, grok4.source, ...grok3Promise.sources],
  risks: distinctSources([...controversies.flatMap((c): Source[] => [c.source, c.responseSource, ...('more' in c ? c.more : [])]), ...openWeightsDebate.map(p => p.source)]),
  since2025: sinceSources(since2025),
  since2026: sinceSources(since2026),
  factcheck: distinctSources(factCheck.flatMap((row): readonly Source[] => row.sources)),
} as const satisfies Record<string, readonly Source[]>

export type CitingSlide = keyof typeof citations

/** The sources slides' list: every public page a slide cites, once, in the order the talk cites them. */
export const deckSources: readonly Source[] = distinctSources(Object.values(citations).flatMap((cited): readonly Source[] => cited)).filter(isPublic)

/** Each figure component, the datasets it draws and the slide key whose citations it shows. */
export const figures = [
  { component: 'OpenAiTimeline', slide: 'rift', datasets: [openAiTimeline] },
  { component: 'IbmRoiChart', slide: 'ibm', datasets: [ibmRoi] },
  { component: 'EssayIllustration', slide: 'essayMath', datasets: [essayIllustration] },
  { component: 'OpenShareChart', slide: 'shift', datasets: [aiIndexOpenShare, aiIndexAccess2023] },
  { component: 'ReleasesTimeline', slide: 'releases', datasets: [releases] },
] as const satisfies readonly { component: string, slide: CitingSlide, datasets: readonly Dataset[] }[]

/** Every dataset a figure draws. */
export const datasets: readonly Dataset[] = figures.flatMap((f): readonly Dataset[] => f.datasets)
