import type { SeriesDataset, Source } from './types'

/** Stanford HAI, AI Index Report 2024, chapter 1 (Research and Development). */
export const aiIndexSource = {
  publisher: 'Stanford HAI',
  title: 'AI Index Report 2024',
  url: 'https://hai.stanford.edu/ai-index/2024-ai-index-report',
  date: '2024-04-15',
} as const satisfies Source

/** "Open" = downloadable weights, custom licences included; foundation models, not only LLMs. */
export const aiIndexOpenShare = {
  kind: 'series',
  id: 'ai-index-open-share',
  title: {
    ko: '새로 공개된 기반 모델 중 오픈 웨이트 모델의 비율',
    en: 'Share of newly released foundation models that are open-weight',
  },
  unit: '%',
  labels: ['2021', '2022', '2023'],
  values: [33.3, 44.4, 65.7],
  roles: ['open', 'open', 'open'],
  note: {
    ko: '오픈 웨이트 = 가중치를 내려받을 수 있는 모델(자체 라이선스 포함)',
    en: 'Open weights = models whose weights can be downloaded (custom licences included)',
  },
  source: aiIndexSource,
} as const satisfies SeriesDataset

/** the year of the split, and how many foundation models the report counts in it */
const splitYear = '2023'
const splitModels = 149

/**
 * 2023: the report's own figures, "a total of 149 foundation models were released … 65.7% were
 * open-source". The report's text gives no counts per access type, so the slide shows the share:
 * open weights, and the rest (100 − 65.7).
 */
export const aiIndexAccess2023 = {
  kind: 'series',
  id: 'ai-index-access-2023',
  title: {
    ko: `${splitYear}년 공개된 기반 모델 ${splitModels}개의 구성`,
    en: `The ${splitModels} foundation models released in ${splitYear}, by access`,
  },
  unit: '%',
  labels: [
    { ko: '오픈 웨이트', en: 'Open weights' },
    { ko: '오픈 웨이트가 아닌 모델', en: 'Not open-weight' },
  ],
  values: [65.7, 34.3],
  roles: ['open', 'closed'],
  year: splitYear,
  /** the shares add up to this */
  total: 100,
  models: splitModels,
  source: aiIndexSource,
} as const satisfies SeriesDataset & { year: string, total: number, models: number }
