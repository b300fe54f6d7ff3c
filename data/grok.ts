/**
 * The Grok 2.5 release (xAI calls the repository Grok 2), its licence then and now, Grok-1 for
 * context, Grok 4 (xAI's newest model when the essay was written) and what followed it, and the
 * status of the Grok 3 promise. A state that can change carries the day it was checked.
 */
import type { CheckedClaim, LicenceTerms, PromiseStatus, Source, WeightsRelease } from './types'
import { koDate } from '../utils/format'
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
 * published ("Last Updated: August 23, 2025": commercial use below US$1M annual revenue, "Commercial
 * use above this threshold requires a separate license from xAI") and the clause that replaced it
 * (compliance with xAI's Acceptable Use Policy). A commit page has no title of its own, so the slides
 * describe it; its date is known only to the year (after the release on 23 August, before the rename
 * on 4 November 2025).
 */
export const grok2LicenceChange = {
  publisher: 'Hugging Face (xai-org/grok-2)',
  title: 'LICENSE 변경 기록: 첫 판의 매출 상한 조항과 그것을 바꾼 조항',
  described: true,
  url: 'https://huggingface.co/xai-org/grok-2/commit/d60cbe267db8bb43be676bc80e200c64268ea8ec',
  date: '2025',
} as const satisfies Source

/**
 * The LICENSE file as it now stands in the repository. The stored copy read on 2026-12-02 is headed
 * "xAI Community License Agreement", "Last Updated: November 4, 2025" (commit daf4395 renamed it from
 * "Grok 2 Community License Agreement"). The file page has no title of its own: described.
 */
export const grok2LicenceFile = {
  publisher: 'Hugging Face (xai-org/grok-2)',
  title: 'LICENSE 파일: “xAI Community License Agreement”(2025년 11월 4일 개정판, 2026년 12월 2일 확인)',
  described: true,
  url: 'https://huggingface.co/xai-org/grok-2/blob/main/LICENSE',
  date: '2025-11-04',
} as const satisfies Source

/**
 * The size is not in the model card: a user computed it from the published config in the
 * repository's discussions (~270B total, ~115B active, 2 of 8 experts per token). A community
 * figure, cited as one. The stored copy shows no day; opened after the release, in 2025.
 */
export const grok2SizeDiscussion = {
  publisher: 'Hugging Face (xai-org/grok-2 토론, 사용자 글)',
  title: 'Parameter Scale of Grok-2: 270B Total, 115B Activated',
  url: 'https://huggingface.co/xai-org/grok-2/discussions/24',
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

/** '270' → '약 2,700억 개(270B)' */
const paramsKo = (billions: number) => `약 ${(billions * 10).toLocaleString('en-US')}억 개(${billions}B)`

/** What the slides say was published, built from the figures above. */
export const grok25Published = [
  `가중치 약 ${grok25.weightsGB} GB (파일 ${grok25.files}개)`,
  `파라미터 ${paramsKo(grok25.paramsB)}, MoE(전문가 혼합) 구조: 전문가 ${grok25.experts}개 중 ${grok25.activeExperts}개 활성`,
] as const

/** Size caveat: xAI did not publish the parameter count. */
export const grok25SizeNote = grok25.sizeFromConfig ? '규모는 xAI 미발표 · 공개된 config(모델 설정 파일)로 커뮤니티가 계산한 값' : ''

/** Commercial use at release: below this annual revenue (US$); above it, a separate licence from xAI. */
export const commercialRevenueCapUSD = 1_000_000
const capKo = `연매출 ${commercialRevenueCapUSD / 10_000}만 달러`

/** The licence as first published (23 August 2025). */
export const grok2Licence = {
  name: 'Grok 2 Community License Agreement',
  date: '2025-08-23',
  revocable: true,
  osiApproved: false,
  allows: [
    '사용·복제·배포·수정: 연구·비상업적 목적',
    `상업적 이용: ${capKo} 미만이면 허용, 그 이상은 xAI의 별도 라이선스 필요`,
  ],
  forbids: [
    '기반·대형 언어·범용 AI 모델의 훈련·개선 (Grok 2 자체의 미세조정은 허용)',
  ],
  source: grok2LicenceChange,
} as const satisfies LicenceTerms

/** The licence as it stands now: a state that can change, with the day it was checked. */
export const grok2LicenceNow = {
  claim: '현재 판은 “xAI Community License Agreement”(2025년 11월 4일 개정): 상업적 이용은 매출 상한 대신 xAI 이용 정책 준수가 조건, 모델 훈련·개선 금지와 xAI의 철회 권한은 그대로',
  checked: '2026-12-02',
  what: 'Hugging Face xai-org/grok-2의 LICENSE(저장본): 제목 “xAI Community License Agreement”, “Last Updated: November 4, 2025”, 상업적 이용은 xAI Acceptable Use Policy 준수 조건, “train, create, or improve any foundational, large language, or general-purpose AI models” 금지(Grok 2 미세조정 제외), “revocable license”. 매출 상한을 바꾼 커밋 d60cbe2와 제목을 바꾼 커밋 daf4395도 확인.',
  sources: [grok2LicenceFile, grok2LicenceChange],
} as const satisfies CheckedClaim

/** Open weights or open source, and under which kind of licence, in one phrase for the slides. */
export const grok25OpenKind = `${grok25.withheld.length > 0 ? '오픈 웨이트' : '오픈소스'} (${grok2Licence.osiApproved ? 'OSI 승인 라이선스' : '자체 라이선스'})`

/** The garden and the key (essay ¶9): what the community got, and what xAI kept. */
export const gardenAndKey = {
  opened: ['가중치 내려받기', '연구·미세조정'],
  kept: [...grok25.withheld, ...(grok2Licence.revocable ? ['라이선스 철회 권한'] : [])],
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

/**
 * xAI's newest model when the essay was written (August 2025) and Grok 3 was promised: Grok 3 was
 * then the previous generation. xAI's own post, written at the launch ("available now").
 */
export const grok4 = {
  name: 'Grok 4',
  released: '2025-07-09',
  source: {
    publisher: 'xAI',
    title: 'Grok 4',
    url: 'https://x.ai/news/grok-4',
    date: '2025-07-09',
  },
} as const satisfies { name: string, released: string, source: Source }

/** The first of the models that followed Grok 4 under a new version number. */
export const grok41 = {
  name: 'Grok 4.1',
  released: '2025-11-17',
  source: {
    publisher: 'xAI',
    title: 'Grok 4.1',
    url: 'https://x.ai/news/grok-4-1',
    date: '2025-11-17',
  },
} as const satisfies { name: string, released: string, source: Source }

/** xAI's posts, newest first: where a later model, or an open release, would be announced. A list page: described. */
const xaiNews = {
  publisher: 'xAI',
  title: 'xAI 뉴스 글 목록 (2026년 8월 22일까지의 글을 담은 저장본)',
  described: true,
  url: 'https://x.ai/news',
  date: '2026-08',
} as const satisfies Source

/** Which models followed Grok 4: phrased to stay true ("등"), and checked, since the list grows. */
export const xaiLaterModels = {
  claim: `${grok4.name} 뒤에 ${grok41.name}(${koDate(grok41.released)}) 등 후속 모델이 나옴`,
  checked: '2026-12-02',
  what: 'xAI 글: Grok 4(2025-07-09) 뒤에 Grok 4 Fast(2025-09-19), Grok 4.1(2025-11-17), Grok 4.1 Fast(2025-11-19). 제3자 정리·보도: Grok 4.20(베타 2026-02-17, API 2026-03-10), 그 뒤 Grok 4.3·4.5 등. 2026년 것은 xAI 자료로 하나하나 확인하지 못함(2026년 12월 2일). 슬라이드는 Grok 4.1까지만 말함.',
  sources: [grok41.source, xaiNews],
} as const satisfies CheckedClaim

/** 'YYYY-MM-DD' plus n months, as 'YYYY-MM-DD' (UTC). */
function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

/** A rough target as the slides say it: '2026-02-23' → '2026년 2월 하순께' (no exact day). */
export function roughly(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${y}년 ${m}월 ${d <= 10 ? '초순' : d <= 20 ? '중순' : '하순'}께`
}

const promiseMonths = 6

/** "Grok 3 will be made open source in about 6 months." — and where it stood when last checked. */
export const grok3Promise = {
  promised: muskPost.date,
  quote: muskPost.text.slice(muskPost.text.indexOf('Grok 3')),
  months: promiseMonths,
  dueAround: addMonths(muskPost.date, promiseMonths),
  kept: false,
  claim: 'Grok 3 가중치 공개는 확인되지 않음',
  checked: '2026-12-02',
  what: 'xAI 뉴스 글 목록(2026년 8월 22일까지의 저장본)에 Grok 3 가중치 공개 글이 없음(Grok-1 공개 글 “Open Release of Grok-1”은 있음). Hugging Face xai-org의 모델 목록 저장본에는 grok-1과 grok-2만 있으나 이 저장본은 2025년 가을 것. 공개를 전한 보도도 찾지 못함. 앞선 점검(2026년 2월 말)에서도 공개는 확인되지 않았음. 2026년 8월 22일 이후의 상태는 확인하지 못함.',
  sources: [
    xaiNews,
    {
      publisher: 'Hugging Face',
      title: 'xAI(xai-org)가 공개한 모델 목록 페이지',
      described: true,
      url: 'https://huggingface.co/xai-org',
      date: '2025',
    },
  ],
} as const satisfies PromiseStatus
