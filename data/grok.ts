/**
 * The Grok 2.5 release (xAI calls the repository Grok 2), its licence, Grok-1 for context, and the
 * status of the Grok 3 promise. Checked facts: ../../shared/source/facts.md §1 and §7.
 */
import type { LicenceTerms, PromiseStatus, Source, WeightsRelease } from './types'
import { muskPost } from './tweet'

/** The weights repository: model card, config.json, LICENSE and its commit history. */
export const grok2Repo = {
  publisher: 'Hugging Face',
  title: 'xai-org/grok-2 (모델 카드·config·LICENSE와 그 이력)',
  url: 'https://huggingface.co/xai-org/grok-2',
  date: '2025-08-23',
} as const satisfies Source

export const grok25 = {
  name: 'Grok 2.5',
  repo: 'xai-org/grok-2',
  released: '2025-08-23',
  weightsGB: 500,
  files: 42,
  paramsB: 270,
  activeParamsB: 115,
  experts: 8,
  activeExperts: 2,
  sizeFromConfig: true,
  withheld: ['훈련 데이터', '훈련 코드'],
  source: grok2Repo,
} as const satisfies WeightsRelease

/** What the slides say was published, built from the figures above. */
export const grok25Published = [
  `가중치 약 ${grok25.weightsGB} GB (파일 ${grok25.files}개)`,
  `약 ${grok25.paramsB}B 파라미터 MoE (전문가 ${grok25.experts}개 중 ${grok25.activeExperts}개 활성)`,
] as const

/** Size caveat: xAI did not publish the parameter count. */
export const grok25SizeNote = grok25.sizeFromConfig ? '규모는 xAI 미발표 · config 기준 추정' : ''

/** Commercial use at release: only under this annual revenue (US$), a cap later removed. */
export const commercialRevenueCapUSD = 1_000_000

export const grok2Licence = {
  name: 'Grok 2 Community License',
  date: '2025-08-23',
  revocable: true,
  osiApproved: false,
  allows: [
    '연구·비상업적 사용',
    `상업적 사용: 연매출 ${commercialRevenueCapUSD / 10_000}만 달러 미만 (이후 삭제)`,
    'Grok 2 자체의 미세조정',
  ],
  forbids: [
    '다른 파운데이션·범용 AI 모델의 훈련·개선에 사용',
  ],
  source: grok2Repo,
} as const satisfies LicenceTerms

/** The licence was renamed later; the slides describe the version at release. */
export const grok2LicenceRenamed = {
  name: 'xAI Community License Agreement',
  date: '2025-11-04',
} as const

/** Open-weights vs open source, in one phrase for the slides. */
export const grok25OpenKind = grok2Licence.osiApproved ? 'OSI 오픈소스' : '오픈 웨이트 ≠ OSI 오픈소스'

/** The garden and the key (essay ¶9): what the community got, and what xAI kept. */
export const gardenAndKey = {
  opened: ['가중치 내려받기', '연구·미세조정'],
  kept: [...grok25.withheld, grok2Licence.revocable ? '철회 가능한 라이선스' : '라이선스'],
} as const

/** Context: the first Grok was released under an OSI licence. */
export const grok1 = {
  name: 'Grok-1',
  released: '2024-03-17',
  paramsB: 314,
  architecture: 'MoE',
  licence: 'Apache 2.0',
  osiApproved: true,
  source: {
    publisher: 'xAI',
    title: 'Open Release of Grok-1',
    url: 'https://x.ai/blog/grok-os',
    date: '2024-03-17',
  },
} as const satisfies { name: string, released: string, paramsB: number, architecture: string, licence: string, osiApproved: boolean, source: Source }

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
  status: 'Grok 3 가중치 공개 확인 안 됨',
  source: {
    publisher: 'Hugging Face',
    title: 'xai-org — xAI가 공개한 모델 목록',
    url: 'https://huggingface.co/xai-org',
    date: '2026-02',
  },
} as const satisfies PromiseStatus
