/**
 * Every source the slides cite, listed on the final sources slide (components/SourceList.vue).
 * Each data module's source is imported and listed here: add a module's sources when its slide
 * starts citing them. Only public addresses belong here (the essay's own copy does not).
 */
import type { Source } from './types'
import { controversySources } from './controversies'
import { grok1, grok25, grok3Promise } from './grok'
import { ibmRoi } from './ibm-roi'
import { aiIndexSource } from './ai-index'
import { openAiTimelineSources } from './openai-timeline'
import { releasesSources } from './releases'
import { muskPost } from './tweet'

/** In the order the slides cite them. */
export const allSources: readonly Source[] = [
  muskPost.source,
  // charts (issue 4): the essay's own arithmetic cites the essay, which has no public address
  ...openAiTimelineSources,
  grok25.source,
  grok1.source,
  ibmRoi.source,
  aiIndexSource,
  ...releasesSources,
  grok3Promise.source,
  ...controversySources,
]
