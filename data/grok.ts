/**
 * The Grok 2.5 release (xAI calls the repository Grok 2), its licence then and now, Grok-1 for
 * context, Grok 4 (xAI's newest model when the essay was written) and what followed it, and the
 * status of the Grok 3 promise. A state that can change carries the day it was checked.
 */
import type { Words } from '../utils/lang'
import type { CheckedClaim, LicenceTerms, PromiseStatus, Source, WeightsRelease } from './types'
import { dateIn, koDate, MONTHS } from '../utils/format'
import { eachLang } from '../utils/words'
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
/** The repository as a publisher: English sets the parenthesis off with a space. */
const grok2RepoPublisher = {
  ko: 'Hugging Face(xai-org/grok-2)',
  en: 'Hugging Face (xai-org/grok-2)',
} as const satisfies Words

export const grok2LicenceChange = {
  publisher: grok2RepoPublisher,
  title: {
    ko: 'LICENSE 변경 기록: 첫 판의 매출 상한 조항과 그것을 바꾼 조항',
    en: 'LICENSE change history: the first version’s revenue-cap clause and the clause that replaced it',
  },
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
  publisher: grok2RepoPublisher,
  title: {
    ko: 'LICENSE 파일: “xAI Community License Agreement”(2025년 11월 4일 개정판, 2026년 12월 2일 확인)',
    en: 'The LICENSE file: “xAI Community License Agreement” (revision of November 4, 2025, checked December 2, 2026)',
  },
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
  publisher: {
    ko: 'Hugging Face(xai-org/grok-2 토론, 사용자 글)',
    en: 'Hugging Face (xai-org/grok-2 discussions, a user’s post)',
  },
  title: 'Parameter Scale of Grok-2: 270B Total, 115B Activated',
  url: 'https://huggingface.co/xai-org/grok-2/discussions/24',
  date: '2025',
} as const satisfies Source

/** What an open-weights release of xAI's kept back (Grok-1 and Grok 2.5 alike). */
const trainingDataAndCode = [
  { ko: '훈련 데이터', en: 'Training data' },
  { ko: '훈련 코드', en: 'Training code' },
] as const satisfies readonly Words[]

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
  withheld: trainingDataAndCode,
  source: grok2Repo,
} as const satisfies WeightsRelease

/** 270 → '약 2,700억 개(270B)' / 'about 270 billion' */
function params(billions: number): Words {
  return {
    ko: `약 ${(billions * 10).toLocaleString('en-US')}억 개(${billions}B)`,
    en: `about ${billions} billion`,
  }
}

/**
 * What the slides say was published, built from the figures above. A list of `Words`: CompareCard
 * shows each in the edition's language.
 */
export const grok25Published = [
  {
    ko: `가중치 약 ${grok25.weightsGB} GB(파일 ${grok25.files}개)`,
    en: `Weights: about ${grok25.weightsGB} GB (${grok25.files} files)`,
  },
  {
    ko: `파라미터 ${params(grok25.paramsB).ko}, MoE(전문가 혼합) 구조: 전문가 ${grok25.experts}개 중 ${grok25.activeExperts}개 활성`,
    en: `Parameters: ${params(grok25.paramsB).en}; mixture of experts (MoE), ${grok25.activeExperts} of ${grok25.experts} experts active`,
  },
] as const satisfies readonly Words[]

/** Size caveat: xAI did not publish the parameter count (pages/30-partial.md, pages/en/30-partial.md). */
export const grok25SizeNote: Words = grok25.sizeFromConfig
  ? {
      ko: '규모는 xAI 미발표 · 공개된 config(모델 설정 파일)로 커뮤니티가 계산한 값',
      en: 'xAI gave no size: the community computed it from the published config (the model’s settings file)',
    }
  : { ko: '', en: '' }

/** Commercial use at release: below this annual revenue (US$); above it, a separate licence from xAI. */
const commercialRevenueCapUSD = 1_000_000
/** The cap in words: '연매출 100만 달러' / 'US$1 million in annual revenue'. */
export const revenueCap: Words = {
  ko: `연매출 ${commercialRevenueCapUSD / 10_000}만 달러`,
  en: `US$${(commercialRevenueCapUSD / 1_000_000).toLocaleString('en-US')} million in annual revenue`,
}

/** The licence as first published (23 August 2025). */
export const grok2Licence = {
  name: 'Grok 2 Community License Agreement',
  date: '2025-08-23',
  revocable: true,
  osiApproved: false,
  allows: [
    {
      ko: '사용·복제·배포·수정: 연구·비상업적 목적',
      en: 'Use, copying, distribution and modification: for research and non-commercial purposes',
    },
    {
      ko: `상업적 이용: ${revenueCap.ko} 미만이면 허용, 그 이상은 xAI의 별도 라이선스 필요`,
      en: `Commercial use below ${revenueCap.en} (above it, a separate licence from xAI)`,
    },
  ],
  forbids: [
    {
      ko: '기반 모델·대형 언어 모델·범용 AI 모델의 훈련·개선(Grok 2 자체의 미세조정은 허용)',
      en: 'Training or improving foundation, large language or general-purpose AI models other than Grok 2',
    },
  ],
  source: grok2LicenceChange,
} as const satisfies LicenceTerms

/** The licence as it stands now: a state that can change, with the day it was checked. */
export const grok2LicenceNow = {
  claim: { ko: '매출 상한은 커밋 d60cbe2에서 xAI 이용 정책 준수 조건으로 바뀜(머리말 날짜는 2025년 8월 23일 그대로), 2025년 11월 4일 개정판(커밋 daf4395)에서 이름이 “xAI Community License Agreement”로 바뀜. 모델 훈련·개선 금지와 xAI의 철회 권한은 그대로(2026년 12월 2일 확인, 12월 6일 다시 확인)', en: 'In commit d60cbe2 the revenue cap gave way to a condition, compliance with xAI’s Acceptable Use Policy (the header still dated August 23, 2025); the revision of November 4, 2025 (commit daf4395) renamed it “xAI Community License Agreement”. The ban on training or improving models and xAI’s power to revoke are unchanged (checked December 2, 2026; checked again December 6)' },
  checked: '2026-12-06',
  what: '2026-12-06: 저장된 문서 검색으로 LICENSE(저장본)를 다시 읽음, 2026-12-02에 읽은 판과 같음(슬라이드의 “2026년 12월 2일 확인”은 이 판을 처음 확인한 날). Hugging Face xai-org/grok-2의 LICENSE(저장본): 제목 “xAI Community License Agreement”, “Last Updated: November 4, 2025”, 상업적 이용은 xAI Acceptable Use Policy 준수 조건, “train, create, or improve any foundational, large language, or general-purpose AI models” 금지(Grok 2 미세조정 제외), “revocable license”. 매출 상한을 바꾼 커밋 d60cbe2와 제목을 바꾼 커밋 daf4395도 확인. 11월 4일은 파일 머리말의 “Last Updated” 날짜이고, 커밋 daf4395 자체의 날짜는 보지 못함(2026-12-06 확인).',
  sources: [grok2LicenceFile, grok2LicenceChange],
} as const satisfies CheckedClaim

/** Open weights or open source, and under which kind of licence, in one phrase for the slides. */
export const grok25OpenKind: Words = {
  ko: `${grok25.withheld.length > 0 ? '오픈 웨이트' : '오픈소스'}(${grok2Licence.osiApproved ? 'OSI 승인 라이선스' : '자체 라이선스'})`,
  en: `${grok25.withheld.length > 0 ? 'Open weights' : 'Open source'} (${grok2Licence.osiApproved ? 'OSI-approved licence' : 'custom licence'})`,
}

/** The garden and the key (essay ¶9): what the community got, and what xAI kept. */
export const gardenAndKey = {
  opened: [
    { ko: '가중치 내려받기', en: 'Downloading the weights' },
    { ko: '연구·미세조정', en: 'Research and fine-tuning' },
  ],
  kept: [
    ...grok25.withheld,
    ...(grok2Licence.revocable ? [{ ko: '라이선스 철회 권한', en: 'The power to revoke the licence' }] : []),
  ],
} as const satisfies Record<'opened' | 'kept', readonly Words[]>

/**
 * Context: the first Grok, released under an OSI-approved licence — weights and architecture only.
 * xAI's post is at x.ai/news/grok-os (its news list links it there as “Open Release of Grok-1”, 17 March
 * 2024; checked 2026-12-06); the older x.ai/blog address is not cited.
 */
export const grok1 = {
  name: 'Grok-1',
  released: '2024-03-17',
  paramsB: 314,
  licence: 'Apache 2.0',
  licenceOsiApproved: true,
  withheld: trainingDataAndCode,
  source: {
    publisher: 'xAI',
    title: 'Open Release of Grok-1',
    url: 'https://x.ai/news/grok-os',
    date: '2024-03-17',
  },
} as const satisfies { name: string, released: string, paramsB: number, licence: string, licenceOsiApproved: boolean, withheld: readonly Words[], source: Source }

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

/** The first of the models that followed Grok 4 under a new version number (US date). */
const grok41 = {
  name: 'Grok 4.1',
  released: '2025-11-17',
  source: {
    publisher: 'xAI',
    title: 'Grok 4.1',
    url: 'https://x.ai/news/grok-4-1',
    date: '2025-11-17',
  },
} as const satisfies { name: string, released: string, source: Source }

/** xAI's repositories on GitHub, where Grok-1's code and weights links were published. A list page: described. */
const xaiGithub = {
  publisher: 'GitHub',
  title: {
    ko: 'xAI(xai-org)의 GitHub 저장소 목록',
    en: 'The list of xAI’s (xai-org) GitHub repositories',
  },
  described: true,
  url: 'https://github.com/xai-org',
  date: '2026',
} as const satisfies Source

/** xAI's posts, newest first: where a later model, or an open release, would be announced. A list page: described. */
const xaiNews = {
  publisher: 'xAI',
  title: {
    ko: 'xAI 뉴스 글 목록(2026년 8월 22일까지의 글을 담은 저장본)',
    en: 'xAI’s list of news posts (a stored copy holding the posts up to August 22, 2026)',
  },
  described: true,
  url: 'https://x.ai/news',
  date: '2026-08',
} as const satisfies Source

/** xAI's post on its coding model, 28 August 2025 (US date), read in a stored copy of xAI's news page. */
const grokCodeFast1Post = {
  publisher: 'xAI',
  title: 'Grok Code Fast 1',
  url: 'https://x.ai/news/grok-code-fast-1',
  date: '2025-08-28',
} as const satisfies Source

/**
 * The models xAI announced after Grok 4 in 2025, from xAI's own posts (its news list, the Grok Code
 * Fast 1 and Grok 4.1 posts), US dates. Models that only third parties list are left out.
 */
export const xaiModelsSince = [
  { name: 'Grok Code Fast 1', released: grokCodeFast1Post.date },
  { name: 'Grok 4 Fast', released: '2025-09-19' },
  { name: grok41.name, released: grok41.released },
  { name: 'Grok 4.1 Fast', released: '2025-11-19' },
] as const satisfies readonly { name: string, released: string }[]

/** xAI's developer documentation, as a publisher. */
const xaiDocs = {
  ko: 'xAI(개발자 문서)',
  en: 'xAI (developer docs)',
} as const satisfies Words

/** xAI's API release notes: "March 2026 … Grok 4.20 and Grok 4.20 Multi-agent are live" (a list page: described). */
const xaiReleaseNotes = {
  publisher: xaiDocs,
  title: {
    ko: 'xAI API 릴리스 노트(2026년 3월까지의 항목을 담은 저장본)',
    en: 'xAI API release notes (a stored copy holding the entries up to March 2026)',
  },
  described: true,
  url: 'https://docs.x.ai/developers/release-notes',
  date: '2026-03',
} as const satisfies Source

/**
 * xAI's migration guide: "Effective May 15, 2026 at 12:00pm PT" grok-3 (with grok-code-fast-1, the
 * Grok 4 Fast and 4.1 Fast models and others) is retired from the xAI API, grok-4.3 the recommended
 * replacement. 12:00 PT on 15 May is 04:00 on 16 May in Korea.
 */
export const xaiMay15Retirement = {
  publisher: xaiDocs,
  title: 'Grok Model Retirement on May 15, 2026',
  url: 'https://docs.x.ai/developers/migration/may-15-retirement',
  date: '2026',
} as const satisfies Source

/** xAI's post launching Grok 4.5 ("Today, we're launching Grok 4.5"), dated July 2026 in the stored copy. */
const grok45Post = {
  publisher: 'xAI',
  title: 'Introducing Grok 4.5',
  url: 'https://x.ai/news/grok-4-5',
  date: '2026-07',
} as const satisfies Source

/** xAI's developer page for Grok 4.6: no date on the page (knowledge cutoff 1 February 2026). */
const grok46Docs = {
  publisher: xaiDocs,
  title: {
    ko: 'xAI 개발자 문서의 Grok 4.6 모델 안내 페이지(날짜 표기 없음)',
    en: 'The Grok 4.6 model page in xAI’s developer docs (undated)',
  },
  described: true,
  url: 'https://docs.x.ai/developers/grok-4-6',
  date: '2026',
} as const satisfies Source

/** xAI's developer page for Grok 4.7: no date on the page (knowledge cutoff May 2026). */
const grok47Docs = {
  publisher: xaiDocs,
  title: {
    ko: 'xAI 개발자 문서의 Grok 4.7 모델 안내 페이지(날짜 표기 없음)',
    en: 'The Grok 4.7 model page in xAI’s developer docs (undated)',
  },
  described: true,
  url: 'https://docs.x.ai/developers/grok-4-7',
  date: '2026',
} as const satisfies Source

/**
 * The Grok 4.x models of 2026, as far as xAI's own pages state them: a month where a page gives one,
 * none where it does not (Grok 4.20's March is when the API release notes list it, not its beta; Grok
 * 4.3 is named in the May retirement guide, 4.6 and 4.7 on undated pages). Grok Build 0.1, xAI's
 * coding model, is left out: only third-party pages were found for it, so the labels say Grok 4.x.
 */
const xaiModels2026 = [
  { name: 'Grok 4.20', when: { ko: 'API 3월', en: 'API: March' } },
  { name: 'Grok 4.3' },
  { name: 'Grok 4.5', when: { ko: '7월', en: 'July' } },
  { name: 'Grok 4.6' },
  { name: 'Grok 4.7' },
] as const satisfies readonly { name: string, when?: Words }[]

/**
 * The 2026 models as the slides write them, joined by each edition's `sep`:
 * 'Grok 4.20(API 3월), Grok 4.3, …' / 'Grok 4.20 (API: March), Grok 4.3, …'.
 */
export function xaiModels2026Named(sep: Words): Words {
  return eachLang(lang => xaiModels2026
    .map(m => 'when' in m ? `${m.name}${lang === 'ko' ? '' : ' '}(${m.when[lang]})` : m.name)
    .join(sep[lang]))
}

/** Which models followed Grok 4 in 2025, as far as xAI's own posts were read: checked, since the list can still be corrected. */
export const xaiLaterModels = {
  claim: { ko: `xAI 글로 확인한 ${grok4.name} 이후 2025년 언어 모델: ${xaiModelsSince.map(m => `${m.name}(${koDate(m.released)})`).join(', ')}`, en: `Language models xAI announced in 2025 after ${grok4.name}, as confirmed in xAI’s posts: ${xaiModelsSince.map(m => `${m.name} (${dateIn(m.released, 'en')})`).join(', ')}` },
  checked: '2026-12-06',
  what: '2026-12-06: 저장된 문서·웹 페이지 검색. xAI 글 “Grok Code Fast 1”(x.ai/news/grok-code-fast-1, xAI 뉴스 저장본의 날짜 2025-08-28: “We\'re thrilled to introduce grok-code-fast-1”). 2026-12-02에 읽은 xAI 뉴스 목록 저장본(2026년 8월 22일까지): Grok 4(2025-07-09) 뒤에 Grok 4 Fast(2025-09-19), Grok 4.1(2025-11-17), Grok 4.1 Fast(2025-11-19). 언어 모델만 살폈으므로 슬라이드는 “xAI 새 언어 모델 발표”(이미지·영상 모델은 다루지 않음).',
  sources: [grokCodeFast1Post, grok41.source, xaiNews],
} as const satisfies CheckedClaim

/** The models of 2026 as far as xAI's own pages state them: checked, since the list grows. */
export const xaiModels2026Claim = {
  claim: { ko: `xAI 글·개발자 문서로 확인한 2026년 Grok 4.x 모델: ${xaiModels2026Named({ ko: ', ', en: ', ' }).ko}(날짜는 xAI 페이지가 밝힌 것만)`, en: `Grok 4.x models of 2026, as confirmed in xAI’s posts and developer docs: ${xaiModels2026Named({ ko: ', ', en: ', ' }).en} (dates only where xAI’s pages give them)` },
  checked: '2026-12-06',
  what: '2026-12-06: 저장된 문서·웹 페이지 검색. xAI 개발자 문서: 릴리스 노트(“March 2026 … Grok 4.20 and Grok 4.20 Multi-agent are live”), 5월 15일 모델 종료 안내(grok-4.3을 대체 모델로 권장), Grok 4.6·Grok 4.7 모델 페이지(날짜 표기 없음, 지식 기준일 각각 2026년 2월 1일·2026년 5월). xAI 글 “Introducing Grok 4.5”(x.ai/news/grok-4-5, 저장본 날짜 2026년 7월, “Today, we\'re launching Grok 4.5”). Grok 4.20 베타(2026-02-17), Grok 4.3 API(2026-04-30), Grok 4.6(2026-08-12) 같은 날짜는 제3자 정리·보도에만 있어 싣지 않음. Grok 4.7 이후 모델은 찾지 못함. Grok 4.20의 “3월”은 API 릴리스 노트에 오른 때(베타가 아님). xAI 코딩 모델 Grok Build 0.1(2026년 5월)은 제3자 페이지(Vercel·OpenRouter 모델 목록, Braintrust 이슈가 인용한 docs.x.ai 주소)에서만 보았고 docs.x.ai 페이지 자체는 검색 색인에서 찾지 못해 싣지 않음: 슬라이드는 “Grok 4.x 모델”, “주요 모델”로 범위를 좁힘.',
  sources: [xaiReleaseNotes, xaiMay15Retirement, grok45Post, grok46Docs, grok47Docs],
} as const satisfies CheckedClaim

/** grok-3 taken out of xAI's API: done, but with the weights still unpublished it is checked with the promise. */
export const grok3ApiRetired = {
  claim: { ko: '2026년 5월 15일(미국 현지 시각) xAI가 API에서 grok-3 서비스를 종료(권장 대체 모델 grok-4.3). Grok 3 가중치 공개는 확인되지 않음(xAI 글 목록은 2026년 8월 22일까지, 그 뒤는 보도 검색)', en: 'On May 15, 2026 (US time) xAI retired grok-3 from its API (recommended replacement: grok-4.3). No release of Grok 3’s weights found (xAI’s posts up to August 22, 2026, then news searches)' },
  checked: '2026-12-06',
  what: '2026-12-06: xAI 개발자 문서의 “Grok Model Retirement on May 15, 2026”(저장본): “Effective May 15, 2026 at 12:00pm PT” grok-3 등 8개 모델을 xAI API에서 종료, grok-3의 대체 모델은 grok-4.3. 같은 날 Grok 3 가중치 공개를 전한 xAI 글이나 보도는 찾지 못함(grok3-weights 항목 참고).',
  sources: [xaiMay15Retirement],
} as const satisfies CheckedClaim

/** 'YYYY-MM-DD' plus n months, as 'YYYY-MM-DD' (UTC). */
function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

/** Whole months from one ISO day to a later one (UTC). */
export function monthsBetween(from: string, to: string): number {
  const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)]
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months
}

/**
 * A rough target as the slides say it (no exact day): '2026-02-23' → '2026년 2월 하순께' / 'late
 * February 2026'; without the year (a timeline whose column gives it) '2월 하순께' / 'late February'.
 */
export function roughly(iso: string, withYear = true): Words {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const third = d <= 10 ? 0 : d <= 20 ? 1 : 2
  const month = MONTHS[m - 1]!
  return {
    ko: `${withYear ? `${y}년 ` : ''}${m}월 ${['초순', '중순', '하순'][third]}께`,
    en: `${['early ', 'mid-', 'late '][third]}${month}${withYear ? ` ${y}` : ''}`,
  }
}

const promiseMonths = 6

/** "Grok 3 will be made open source in about 6 months." — and where it stood when last checked. */
export const grok3Promise = {
  promised: muskPost.date,
  quote: muskPost.text.slice(muskPost.text.indexOf('Grok 3')),
  months: promiseMonths,
  dueAround: addMonths(muskPost.date, promiseMonths),
  kept: false,
  status: {
    ko: 'Grok 3 가중치 공개는 확인되지 않음',
    en: 'No release of Grok 3’s weights found',
  },
  claim: { ko: 'Grok 3 가중치 공개는 확인되지 않음(xAI 글 목록은 2026년 8월 22일까지, 그 뒤는 보도 검색)', en: 'No release of Grok 3’s weights found (xAI’s posts up to August 22, 2026, then news searches)' },
  checked: '2026-12-06',
  what: '2026-12-06에 본 것: 코드 검색 색인의 GitHub xai-org 저장소 목록(grok-1은 있고 Grok 3 저장소는 없음, 색인 시점은 알 수 없음), 저장된 웹 페이지 검색(“xAI Grok 3 open source weights release huggingface 2026”: Grok-1 공개와 Grok 2.5 공개만 나오고 Grok 3 가중치 공개를 전한 글은 없음). 2026-12-02에 읽은 것: xAI 뉴스 글 목록 저장본(2026년 8월 22일까지)에 Grok 3 가중치 공개 글 없음(Grok-1 공개 글은 있음), Hugging Face xai-org 모델 목록 저장본(2025년 가을)에는 grok-1과 grok-2만. xAI의 2026년 8월 22일 뒤 글과 Hugging Face의 지금 목록은 직접 보지 못함: 그 뒤는 보도 검색뿐이라 슬라이드에 “xAI 글 목록은 2026년 8월 22일까지, 그 뒤는 보도 검색”으로 밝힘.',
  lookedAt: [
    {
      ko: 'xAI 글 목록(2026년 8월 22일까지 저장본, 그 뒤는 보도 검색)',
      en: 'xAI’s list of posts (stored copy to August 22, 2026, then news searches)',
    },
    {
      ko: 'Hugging Face xai-org(2025년 가을 저장본)',
      en: 'Hugging Face xai-org (stored copy, autumn 2025)',
    },
    { ko: 'GitHub xai-org', en: 'GitHub xai-org' },
  ],
  sources: [
    xaiNews,
    xaiGithub,
    {
      publisher: 'Hugging Face',
      title: {
        ko: 'xAI(xai-org)가 공개한 모델 목록 페이지',
        en: 'The page listing the models xAI (xai-org) has published',
      },
      described: true,
      url: 'https://huggingface.co/xai-org',
      date: '2025',
    },
  ],
} as const satisfies PromiseStatus
