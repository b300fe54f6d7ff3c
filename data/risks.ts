/**
 * What releasing weights risks, apart from the hosted bot's incidents (data/controversies.ts): both
 * sides at their strongest, from the US Commerce Department's report on open-weight models (NTIA,
 * 30 July 2024), which weighed them and recommended watching the evidence rather than restricting.
 */
import type { Words } from '../utils/lang'
import type { Source } from './types'

const ntia = {
  ko: 'NTIA(미국 상무부)',
  en: 'NTIA (US Commerce Dept.)',
} as const satisfies Words

const ntiaReport = {
  publisher: ntia,
  title: 'Dual-Use Foundation Models with Widely Available Model Weights Report',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report',
  date: '2024-07-30',
} as const satisfies Source

const ntiaPublicSafety = {
  publisher: ntia,
  title: 'Public Safety',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report/risks-benefits-of-dual-use-foundation-models-with-widely-available-model-weights/public-safety',
  date: '2024-07-30',
} as const satisfies Source

const ntiaConclusion = {
  publisher: ntia,
  title: 'Conclusion',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report/policy-approaches-recommendations/conclusion',
  date: '2024-07-30',
} as const satisfies Source

/** Which side a point is on; the key is its class on the slide. */
type WeightsSide = 'concern' | 'benefit' | 'verdict'

/** Each side as the slide names it. */
export const weightsSides: Readonly<Record<WeightsSide, Words>> = {
  concern: { ko: '우려', en: 'Concern' },
  benefit: { ko: '이점', en: 'Benefit' },
  verdict: { ko: '결론', en: 'Conclusion' },
}

export interface WeightsPoint {
  side: WeightsSide
  text: Words
  source: Source
}

/** Each side's strongest point about released weights, and where the report came down. */
export const openWeightsDebate = [
  {
    side: 'concern',
    text: {
      ko: '한번 공개한 가중치는 되돌릴 수 없고, 가중치를 손에 넣으면 안전장치를 걷어낼 수 있다',
      en: 'Weights once released cannot be recalled, and whoever has them can strip out the safeguards',
    },
    source: ntiaPublicSafety,
  },
  {
    side: 'benefit',
    text: {
      ko: '자원이 적은 곳까지 더 많은 연구자·기업이 참여하고, 소수 대형 개발사에 쏠린 시장 지배력이 분산된다',
      en: 'More researchers and companies take part, even with few resources, and market power held by a few large developers spreads out',
    },
    source: ntiaReport,
  },
  {
    side: 'verdict',
    text: {
      ko: '제한이 필요하다고도, 앞으로도 필요 없다고도 단정할 증거가 부족하다: 증거를 지켜보라고 권고',
      en: 'Too little evidence to say restrictions are needed, or never will be: it recommends monitoring the evidence',
    },
    source: ntiaConclusion,
  },
] as const satisfies readonly WeightsPoint[]
