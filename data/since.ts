/**
 * "그 후": what happened after the essay (August 2025) that bears on its question, up to the day the
 * facts were checked. Each event cites the pages that state it; an event whose outcome can still
 * change points at its dated claim (data/checked.ts). Dates are the day of the event where it
 * happened; a US event whose date in Korea is the next day says so.
 */
import type { Words } from '../utils/lang'
import type { CheckedClaim, Source } from './types'
import { monthDay } from '../utils/chart-timeline'
import { capitalised, eachLang } from '../utils/words'
import { ofcomInvestigation } from './controversies'
import { grok2LicenceChange, grok2LicenceFile, grok2LicenceNow, grok2Repo, grok3ApiRetired, grok3Promise, roughly, xaiLaterModels, xaiMay15Retirement, xaiModels2026Claim, xaiModels2026Named, xaiModelsSince } from './grok'
import { muskLawsuitStatus, openAiStructure, openAiTimeline } from './openai-timeline'
import { muskPost } from './tweet'

/** What an event is about: the chip beside its date (the key is the chip's class on the slide). */
type SinceTopic = 'promise' | 'licence' | 'models' | 'openai' | 'deepfake' | 'lawsuit'

/** Each topic as its chip names it. */
export const sinceTopics: Readonly<Record<SinceTopic, Words>> = {
  promise: { ko: '약속', en: 'Promise' },
  licence: { ko: '라이선스', en: 'Licence' },
  models: { ko: '모델', en: 'Models' },
  openai: { ko: 'OpenAI', en: 'OpenAI' },
  deepfake: { ko: '딥페이크', en: 'Deepfakes' },
  lawsuit: { ko: '소송', en: 'Lawsuit' },
}

export interface SinceEvent {
  /** ISO date (or YYYY-MM) the timeline sorts by */
  date: string
  /** the date as the slide writes it, when it is not one day (a span, a rough target) */
  when?: Words
  /** a US event whose date in Korea is the next day: the slide adds “(미국 현지 시각)” / “(US time)” */
  usTime?: true
  topic: SinceTopic
  text: Words
  sources: readonly Source[]
  /** the dated claim behind an event whose outcome can still change */
  claim?: CheckedClaim
}

/** Indonesia's (10 January) and Malaysia's (11 January) blocks, in a CNA commentary of 21 January 2026. */
const seaBlocks = {
  publisher: 'CNA',
  title: {
    ko: '인도네시아·말레이시아·필리핀의 Grok 차단을 다룬 논평',
    en: 'Commentary on the blocks on Grok in Indonesia, Malaysia and the Philippines',
  },
  described: true,
  url: 'https://www.channelnewsasia.com/commentary/grok-indonesia-malaysia-philippines-ai-regulation-5870651',
  date: '2026-01-21',
} as const satisfies Source

/** 방송미디어통신위원회's request to X, announced 14 January 2026 (“요청했다고 14일 밝혔다”), as News1 reported it that day. */
const kmccRequest = {
  publisher: { ko: '뉴스1', en: 'News1' },
  title: '방미통위, 엑스 ‘그록’에 청소년 보호 장치 마련 요청',
  gloss: 'KMCC asks X to set up youth protection measures for “Grok”',
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
    topic: 'promise',
    text: {
      ko: 'xAI, Grok 2.5 가중치 공개. 머스크는 약 6개월 뒤 Grok 3도 오픈소스로 공개하겠다고 밝힘',
      en: 'xAI publishes the weights of Grok 2.5; Musk says Grok 3 will be open-sourced too, in about 6 months',
    },
    sources: [muskPost.source, grok2Repo],
  },
  {
    date: '2025-08-23',
    when: {
      ko: '8월 23일~11월 4일',
      en: 'August 23–November 4',
    },
    topic: 'licence',
    text: {
      ko: '라이선스 변경: 매출 상한(연매출 100만 달러 이상은 별도 라이선스)이 빠지고 xAI 이용 정책 준수가 상업적 이용의 조건이 됨(커밋 d60cbe2, 날짜 미상), 11월 4일 개정판(커밋 daf4395)에서 이름이 “xAI Community License Agreement”로 바뀜. 모델 훈련·개선 금지와 xAI의 철회 권한은 그대로(2026년 12월 2일 확인, 12월 6일 다시 확인)',
      en: 'Licence changes: compliance with xAI’s Acceptable Use Policy replaces the revenue cap (a separate licence from US$1 million a year) as the condition for commercial use (commit d60cbe2, undated); the November 4 revision (commit daf4395) renames it “xAI Community License Agreement”. The ban on training or improving models and xAI’s right to revoke remain (checked December 2, 2026, again December 6)',
    },
    sources: [grok2LicenceChange, grok2LicenceFile],
    claim: grok2LicenceNow,
  },
  {
    date: xaiModelsSince[0].released,
    // Korean joins a span with a tilde, English with an en dash
    when: eachLang(lang => `${monthDay(xaiModelsSince[0].released, lang)}${lang === 'ko' ? '~' : '–'}${monthDay(xaiModelsSince.at(-1)!.released, lang)}`),
    usTime: true,
    topic: 'models',
    text: {
      ko: `xAI 새 언어 모델 발표: ${xaiModelsSince.map(m => m.name).join(', ')}`,
      en: `xAI announces new language models: ${xaiModelsSince.map(m => m.name).join(', ')}`,
    },
    sources: xaiLaterModels.sources,
    claim: xaiLaterModels,
  },
  {
    date: '2025-10-28',
    usTime: true,
    topic: 'openai',
    text: {
      ko: 'OpenAI 구조 개편: 영리 법인은 공익법인(PBC) OpenAI Group, 비영리 법인 OpenAI 재단이 이를 지배. 머스크의 소송이 막으려던 전환',
      en: 'OpenAI restructures: the for-profit is OpenAI Group, a public benefit corporation (PBC), controlled by the non-profit OpenAI Foundation. The conversion Musk’s suit sought to block',
    },
    sources: [...openAiStructure.sources, conversionBlockDenied],
    claim: openAiStructure,
  },
]

/** 2026: the deepfake scandal and the regulators, the promised date, the verdict. */
export const since2026: readonly SinceEvent[] = [
  {
    date: '2026-01-10',
    when: {
      ko: '1월 10~14일',
      en: 'January 10–14',
    },
    topic: 'deepfake',
    text: {
      ko: '인도네시아(10일)·말레이시아(11일), 실존 인물·어린이의 성적 합성 이미지를 이유로 Grok 접속 임시 차단. 영국 Ofcom, X 정식 조사 착수(12일). 방송미디어통신위원회, X에 청소년 보호 장치를 요청했다고 발표(14일)',
      en: 'Indonesia (10th) and Malaysia (11th) temporarily block Grok over sexualised synthetic images of real people and children; the UK’s Ofcom opens a formal investigation into X (12th); South Korea’s media regulator, the KMCC, says it asked X for youth protection measures (14th)',
    },
    sources: [seaBlocks, ofcomInvestigation, kmccRequest],
  },
  {
    date: grok3Promise.dueAround,
    when: capitalised(roughly(grok3Promise.dueAround, false)),
    topic: 'promise',
    text: {
      ko: 'Grok 3 가중치 공개 예정 시점(약속 뒤 약 6개월)이 지남',
      en: 'The rough target for Grok 3’s weights (about 6 months on) passes',
    },
    sources: grok3Promise.sources,
    claim: grok3Promise,
  },
  {
    date: '2026-03',
    when: {
      ko: '3월~',
      en: 'From March',
    },
    topic: 'models',
    text: {
      ko: `xAI 새 Grok 4.x 모델(xAI 글·개발자 문서로 확인): ${xaiModels2026Named({ ko: ', ', en: ', ' }).ko}(날짜는 xAI가 밝힌 것만)`,
      en: `xAI’s new Grok 4.x models (from xAI’s posts and docs): ${xaiModels2026Named({ ko: ', ', en: ', ' }).en}`,
    },
    sources: xaiModels2026Claim.sources,
    claim: xaiModels2026Claim,
  },
  {
    date: '2026-05-15',
    usTime: true,
    topic: 'promise',
    text: {
      ko: 'xAI, API에서 grok-3 서비스 종료(대체 모델 grok-4.3). Grok 3 가중치 공개는 확인되지 않음(xAI 글 목록은 8월 22일까지, 그 뒤는 보도 검색)',
      en: 'xAI takes grok-3 off its API (replacement: grok-4.3). No release of Grok 3’s weights found (xAI’s posts to August 22, then news searches)',
    },
    sources: [xaiMay15Retirement, ...grok3Promise.sources],
    claim: grok3ApiRetired,
  },
  {
    date: '2026-05-18',
    usTime: true,
    topic: 'lawsuit',
    text: {
      ko: 'Musk v. Altman: 배심원 권고 평결(소멸시효 지남)을 판사가 받아들여 청구 기각. OpenAI가 설립 목적을 어겼는지는 판단하지 않음. 머스크는 같은 날 항소 방침을 밝힘(이후 진행은 확인하지 못함)',
      en: 'Musk v. Altman: judge adopts jury’s advisory verdict, claims dismissed as time-barred; no ruling on whether OpenAI broke its founding mission. Musk vows that day to appeal (later steps unconfirmed)',
    },
    sources: muskLawsuitStatus.sources,
    claim: muskLawsuitStatus,
  },
]

/** Every page the beat cites, in order, once. */
export function sinceSources(events: readonly SinceEvent[]): Source[] {
  return events.flatMap(e => e.sources).filter((s, i, all) => all.findIndex(t => t.url === s.url) === i)
}
