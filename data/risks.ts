/**
 * What releasing weights risks, apart from the hosted bot's incidents (data/controversies.ts): both
 * sides at their strongest, from the US Commerce Department's report on open-weight models (NTIA,
 * 30 July 2024), which weighed them and recommended watching the evidence rather than restricting.
 */
import type { Source } from './types'

const ntiaReport = {
  publisher: 'NTIA(미국 상무부)',
  title: 'Dual-Use Foundation Models with Widely Available Model Weights Report',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report',
  date: '2024-07-30',
} as const satisfies Source

const ntiaPublicSafety = {
  publisher: 'NTIA(미국 상무부)',
  title: 'Public Safety',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report/risks-benefits-of-dual-use-foundation-models-with-widely-available-model-weights/public-safety',
  date: '2024-07-30',
} as const satisfies Source

const ntiaConclusion = {
  publisher: 'NTIA(미국 상무부)',
  title: 'Conclusion',
  url: 'https://www.ntia.gov/programs-and-initiatives/artificial-intelligence/open-model-weights-report/policy-approaches-recommendations/conclusion',
  date: '2024-07-30',
} as const satisfies Source

export interface WeightsPoint {
  side: '우려' | '이점' | '결론'
  text: string
  source: Source
}

/** Each side's strongest point about released weights, and where the report came down. */
export const openWeightsDebate = [
  {
    side: '우려',
    text: '한번 공개한 가중치는 되돌릴 수 없고, 가중치를 손에 넣으면 안전장치를 걷어낼 수 있다',
    source: ntiaPublicSafety,
  },
  {
    side: '이점',
    text: '자원이 적은 곳까지 더 많은 연구자·기업이 참여하고, 소수 대형 개발사에 쏠린 시장 지배력이 분산된다',
    source: ntiaReport,
  },
  {
    side: '결론',
    text: '제한이 필요하다고도, 앞으로도 필요 없다고도 단정할 증거가 부족하다: 증거를 지켜보라고 권고',
    source: ntiaConclusion,
  },
] as const satisfies readonly WeightsPoint[]
