import type { Words } from '../utils/lang'
import type { CitingSlide } from './index'
import type { CheckedClaim } from './types'
/**
 * The deck's facts have a date. `factsCheckedOn` is the day they were last checked against their
 * sources; the fact-check and sources slides (and the reading page) show it. Every claim about a
 * state of the world that can change after the essay is listed in `checkedClaims`, with the day it
 * was checked and the slides that state it: `npm run facts` lists them before a talk and marks those
 * checked too long before it.
 */
import { dateIn } from '../utils/format'
import { grok2LicenceNow, grok3ApiRetired, grok3Promise, xaiLaterModels, xaiModels2026Claim } from './grok'
import { muskLawsuitStatus, openAiStructure } from './openai-timeline'

/** The day the deck's facts were last checked (ISO). Move it when you re-check them. */
export const factsCheckedOn = '2026-12-06'

/** "사실 확인 기준: 2026년 12월 6일" / "Facts checked as of December 6, 2026": on the fact-check and sources slides and the reading page. */
export const factsAsOfLabel: Words = {
  ko: `사실 확인 기준: ${dateIn(factsCheckedOn, 'ko')}`,
  en: `Facts checked as of ${dateIn(factsCheckedOn, 'en')}`,
}

/** A claim about a changeable state, where the deck states it. */
export interface ListedClaim {
  id: string
  /** the slides (keys of data/index.ts `citations`) that state it */
  slides: readonly CitingSlide[]
  state: CheckedClaim
}

/** Every claim about a state that can change: whether Grok 3's weights are out, the licence now, the models since, grok-3 in xAI's API, the lawsuit, OpenAI's structure. */
export const checkedClaims = [
  { id: 'grok3-weights', slides: ['promise', 'since2026', 'factcheck'], state: grok3Promise },
  { id: 'grok2-licence-now', slides: ['partial', 'since2025', 'factcheck'], state: grok2LicenceNow },
  { id: 'xai-models-since-grok4', slides: ['since2025', 'factcheck'], state: xaiLaterModels },
  { id: 'xai-models-2026', slides: ['since2026', 'factcheck'], state: xaiModels2026Claim },
  { id: 'grok3-api-retired', slides: ['since2026'], state: grok3ApiRetired },
  { id: 'musk-v-openai', slides: ['rift', 'since2026'], state: muskLawsuitStatus },
  { id: 'openai-structure', slides: ['rift', 'since2025'], state: openAiStructure },
] as const satisfies readonly ListedClaim[]
