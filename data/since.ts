/**
 * "그 후": what happened after the essay (August 2025) that bears on its question, up to the day the
 * facts were checked. Each event cites the pages that state it; an event whose outcome can still
 * change points at its dated claim (data/checked.ts). Dates are the day of the event where it
 * happened; a US event whose date in Korea is the next day says so.
 */
import type { CheckedClaim, Source } from './types'
import { monthDay } from '../utils/chart-timeline'
import { ofcomInvestigation } from './controversies'
import { grok2LicenceChange, grok2LicenceFile, grok2LicenceNow, grok2Repo, grok3ApiRetired, grok3Promise, roughly, xaiLaterModels, xaiMay15Retirement, xaiModels2026Claim, xaiModels2026Ko, xaiModelsSince } from './grok'
import { muskLawsuitStatus, openAiStructure, openAiTimeline } from './openai-timeline'
import { muskPost } from './tweet'

/** What an event is about: the chip beside its date. */
type SinceTopic = '약속' | '라이선스' | '모델' | 'OpenAI' | '딥페이크' | '소송'

export interface SinceEvent {
  /** ISO date (or YYYY-MM) the timeline sorts by */
  date: string
  /** the date as the slide writes it, when it is not one day (a span, a rough target) */
  when?: string
  /** a US event whose date in Korea is the next day: the slide adds “(미국 현지 시각)” */
  usTime?: true
  topic: SinceTopic
  text: string
  sources: readonly Source[]
  /** the dated claim behind an event whose outcome can still change */
  claim?: CheckedClaim
}

/** Indonesia's (10 January) and Malaysia's (11 January) blocks, in a CNA commentary of 21 January 2026. */
const seaBlocks = {
  publisher: 'CNA',
  title: '인도네시아·말레이시아·필리핀의 Grok 차단을 다룬 논평',
  described: true,
  url: 'https://www.channelnewsasia.com/commentary/grok-indonesia-malaysia-philippines-ai-regulation-5870651',
  date: '2026-01-21',
} as const satisfies Source

/** 방송미디어통신위원회's request to X, announced 14 January 2026 (“요청했다고 14일 밝혔다”), as News1 reported it that day. */
const kmccRequest = {
  publisher: '뉴스1',
  title: '방미통위, 엑스 ‘그록’에 청소년 보호 장치 마련 요청',
  url: 'https://www.news1.kr/amp/it-science/general-it/6039066',
  date: '2026-01-14',
} as const satisfies Source

/** Musk asked the court in 2025 to block that conversion (the rift slide cites the same report). */
const conversionBlockDenied = openAiTimeline.events.find(e => e.date === '2025-03-04')!.source

/** The essay's own months: from the release to the end of 2025. */
export const since2025: readonly SinceEvent[] = [
  {
    date: muskPost.date,
    usTime: true,
    topic: '약속',
    text: 'xAI, Grok 2.5 가중치 공개. 머스크는 약 6개월 뒤 Grok 3도 오픈소스로 공개하겠다고 밝힘',
    sources: [muskPost.source, grok2Repo],
  },
  {
    date: '2025-08-23',
    when: '8월 23일~11월 4일',
    topic: '라이선스',
    text: '라이선스 변경: 매출 상한(연매출 100만 달러 이상은 별도 라이선스)이 빠지고 xAI 이용 정책 준수가 상업적 이용의 조건이 됨(커밋 d60cbe2, 날짜 미상), 11월 4일 개정판(커밋 daf4395)에서 이름이 “xAI Community License Agreement”로 바뀜. 모델 훈련·개선 금지와 xAI의 철회 권한은 그대로(2026년 12월 2일 확인, 12월 6일 다시 확인)',
    sources: [grok2LicenceChange, grok2LicenceFile],
    claim: grok2LicenceNow,
  },
  {
    date: xaiModelsSince[0].released,
    when: `${monthDay(xaiModelsSince[0].released)}~${monthDay(xaiModelsSince.at(-1)!.released)}`,
    usTime: true,
    topic: '모델',
    text: `xAI 새 언어 모델 발표: ${xaiModelsSince.map(m => m.name).join(', ')}`,
    sources: xaiLaterModels.sources,
    claim: xaiLaterModels,
  },
  {
    date: '2025-10-28',
    usTime: true,
    topic: 'OpenAI',
    text: 'OpenAI 구조 개편: 영리 법인은 공익법인(PBC) OpenAI Group, 비영리 법인 OpenAI 재단이 이를 지배. 머스크의 소송이 막으려던 전환',
    sources: [...openAiStructure.sources, conversionBlockDenied],
    claim: openAiStructure,
  },
]

/** 2026: the deepfake scandal and the regulators, the promised date, the verdict. */
export const since2026: readonly SinceEvent[] = [
  {
    date: '2026-01-10',
    when: '1월 10~14일',
    topic: '딥페이크',
    text: '인도네시아(10일)·말레이시아(11일), 실존 인물·어린이의 성적 합성 이미지를 이유로 Grok 접속 임시 차단. 영국 Ofcom, X 정식 조사 착수(12일). 방송미디어통신위원회, X에 청소년 보호 장치를 요청했다고 발표(14일)',
    sources: [seaBlocks, ofcomInvestigation, kmccRequest],
  },
  {
    date: grok3Promise.dueAround,
    when: roughly(grok3Promise.dueAround).replace(/^\d+년 /, ''),
    topic: '약속',
    text: 'Grok 3 가중치 공개 예정 시점(약속 뒤 약 6개월)이 지남',
    sources: grok3Promise.sources,
    claim: grok3Promise,
  },
  {
    date: '2026-03',
    when: '3월~',
    topic: '모델',
    text: `xAI 새 Grok 4.x 모델(xAI 글·개발자 문서로 확인): ${xaiModels2026Ko(', ')}(날짜는 xAI가 밝힌 것만)`,
    sources: xaiModels2026Claim.sources,
    claim: xaiModels2026Claim,
  },
  {
    date: '2026-05-15',
    usTime: true,
    topic: '약속',
    text: 'xAI, API에서 grok-3 서비스 종료(대체 모델 grok-4.3). Grok 3 가중치 공개는 확인되지 않음(xAI 글 목록은 8월 22일까지, 그 뒤는 보도 검색)',
    sources: [xaiMay15Retirement, ...grok3Promise.sources],
    claim: grok3ApiRetired,
  },
  {
    date: '2026-05-18',
    usTime: true,
    topic: '소송',
    text: 'Musk v. Altman: 배심원 권고 평결(소멸시효 지남)을 판사가 받아들여 청구 기각. OpenAI가 설립 목적을 어겼는지는 판단하지 않음. 머스크는 같은 날 항소 방침을 밝힘(이후 진행은 확인하지 못함)',
    sources: muskLawsuitStatus.sources,
    claim: muskLawsuitStatus,
  },
]

/** Every page the beat cites, in order, once. */
export function sinceSources(events: readonly SinceEvent[]): Source[] {
  return events.flatMap(e => e.sources).filter((s, i, all) => all.findIndex(t => t.url === s.url) === i)
}
