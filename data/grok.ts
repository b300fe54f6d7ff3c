/**
 * The Grok 2.5 release (xAI calls the repository Grok 2), its licence, Grok-1 for context, Grok 4
 * (xAI's newest model when the essay was written), and the status of the Grok 3 promise.
 */
import type { LicenceTerms, PromiseStatus, Source, WeightsRelease } from './types'
import { muskPost } from './tweet'

/** The weights repository: model card (README), config.json, LICENSE and its commit history. */
export const grok2Repo = {
  publisher: 'Hugging Face',
  title: 'xai-org/grok-2',
  url: 'https://huggingface.co/xai-org/grok-2',
  date: '2025-08-23',
} as const satisfies Source

/**
 * The repository commit that replaced the licence's revenue cap: its diff shows the clause as first
 * published ("Last Updated: August 23, 2025") and what replaced it. A commit page has no title of
 * its own, so the slides describe it; its date is known only to the year (after the release on 23
 * August, before the rename on 4 November 2025).
 */
export const grok2LicenceChange = {
  publisher: 'Hugging Face (xai-org/grok-2)',
  title: 'LICENSE 변경 기록: 첫 판의 매출 상한 조항과 그것을 바꾼 조항',
  described: true,
  url: 'https://huggingface.co/xai-org/grok-2/commit/d60cbe267db8bb43be676bc80e200c64268ea8ec',
  date: '2025',
} as const satisfies Source

export const grok25 = {
  name: 'Grok 2.5',
  repo: 'xai-org/grok-2',
  released: '2025-08-23',
  weightsGB: 500,
  files: 42,
  paramsB: 270,
  experts: 8,
  activeExperts: 2,
  sizeFromConfig: true,
  withheld: ['훈련 데이터', '훈련 코드'],
  source: grok2Repo,
} as const satisfies WeightsRelease

/** What the slides say was published, built from the figures above. */
export const grok25Published = [
  `가중치 약 ${grok25.weightsGB} GB (파일 ${grok25.files}개)`,
  `약 ${grok25.paramsB}B 파라미터, MoE(전문가 혼합) 구조: 전문가 ${grok25.experts}개 중 ${grok25.activeExperts}개 활성`,
] as const

/** Size caveat: xAI did not publish the parameter count. */
export const grok25SizeNote = grok25.sizeFromConfig ? '규모는 xAI 미발표 · 공개된 config(모델 설정 파일)로 추정' : ''

/** Commercial use at release: only under this annual revenue (US$); the cap was later replaced. */
export const commercialRevenueCapUSD = 1_000_000

export const grok2Licence = {
  name: 'Grok 2 Community License Agreement',
  date: '2025-08-23',
  revocable: true,
  osiApproved: false,
  allows: [
    '사용·복제·배포·수정: 연구·비상업적 목적',
    `상업적 목적: 연매출 ${commercialRevenueCapUSD / 10_000}만 달러 미만만 (이 상한은 뒤에 xAI 이용 정책 준수로 바뀜)`,
  ],
  forbids: [
    '다른 파운데이션·범용 AI 모델의 훈련·개선 (Grok 2 자체의 미세조정은 허용)',
  ],
  source: grok2LicenceChange,
} as const satisfies LicenceTerms

/** Open weights or open source, and under which kind of licence, in one phrase for the slides. */
export const grok25OpenKind = `${grok25.withheld.length > 0 ? '오픈 웨이트' : '오픈소스'} (${grok2Licence.osiApproved ? 'OSI 승인 라이선스' : '자체 라이선스'})`

/** The garden and the key (essay ¶10): what the community got, and what xAI kept. */
export const gardenAndKey = {
  opened: ['가중치 내려받기', '연구·미세조정'],
  kept: [...grok25.withheld, grok2Licence.revocable ? '철회 가능한 라이선스' : '라이선스'],
} as const

/** Context: the first Grok, released under an OSI-approved licence — weights and architecture only. */
export const grok1 = {
  name: 'Grok-1',
  released: '2024-03-17',
  paramsB: 314,
  licence: 'Apache 2.0',
  licenceOsiApproved: true,
  withheld: ['훈련 데이터', '훈련 코드'],
  source: {
    publisher: 'xAI',
    title: 'Open Release of Grok-1',
    url: 'https://x.ai/blog/grok-os',
    date: '2024-03-17',
  },
} as const satisfies { name: string, released: string, paramsB: number, licence: string, licenceOsiApproved: boolean, withheld: readonly string[], source: Source }

/** xAI's newest model when Grok 3 was promised: Grok 3 was then the previous generation. */
export const grok4 = {
  name: 'Grok 4',
  released: '2025-07-09',
  source: {
    publisher: 'The Week',
    title: 'Musk chatbot Grok praises Hitler on X',
    url: 'https://theweek.com/tech/grok-chatbot-ai-antisemitism-musk',
    date: '2025-07-09',
  },
} as const satisfies { name: string, released: string, source: Source }

/** 'YYYY-MM-DD' plus n months, as 'YYYY-MM-DD' (UTC). */
function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

const promiseMonths = 6

/** "Grok 3 will be made open source in about 6 months." — and where it stood when last checked. */
export const grok3Promise = {
  promised: muskPost.date,
  quote: muskPost.text.slice(muskPost.text.indexOf('Grok 3')),
  months: promiseMonths,
  dueAround: addMonths(muskPost.date, promiseMonths),
  asOf: '2026-02',
  kept: false,
  status: 'Grok 3 오픈 웨이트 공개 확인 안 됨',
  source: {
    publisher: 'Hugging Face',
    title: 'xAI(xai-org)가 공개한 모델 목록 페이지',
    described: true,
    url: 'https://huggingface.co/xai-org',
    date: '2026-02',
  },
} as const satisfies PromiseStatus
