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
  title: '새로 공개된 파운데이션 모델 중 오픈 웨이트 모델의 비율',
  unit: '%',
  labels: ['2021', '2022', '2023'],
  values: [33.3, 44.4, 65.7],
  roles: ['open', 'open', 'open'],
  note: '오픈 웨이트 = 가중치를 내려받을 수 있는 모델 (자체 라이선스 포함) · LLM만이 아니라 파운데이션 모델 전체',
  source: aiIndexSource,
} as const satisfies SeriesDataset

/** 2023: 149 foundation models by access (65.7 / 15.4 / 18.8 %). */
export const aiIndexAccess2023 = {
  kind: 'series',
  id: 'ai-index-access-2023',
  title: '2023년 공개된 파운데이션 모델의 접근 방식',
  unit: '개',
  labels: ['오픈 웨이트', '제한적 접근', '접근 불가'],
  values: [98, 23, 28],
  roles: ['open', 'limited', 'closed'],
  year: '2023',
  total: 149,
  source: aiIndexSource,
} as const satisfies SeriesDataset & { year: string, total: number }
