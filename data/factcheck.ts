import type { Source } from './types'
import { koDate } from '../utils/format'
/**
 * The fact-check slide: where the essay's words and the checked facts part. `essay` is quoted
 * verbatim (a test checks it is in the essay); `fact` is built from the data modules, each row
 * citing its own sources. A fact about a state that can change says when it was checked.
 */
import { commercialRevenueCapUSD, grok2Licence, grok2LicenceNow, grok3Promise, grok4, grok25, monthsBetween, roughly, xaiLaterModels, xaiModels2026Claim, xaiModels2026Ko, xaiModelsSince } from './grok'
import { ibmRoi } from './ibm-roi'

/**
 * How the row's fact stands to the essay's words, no harsher than the evidence: 바로잡음 only where the
 * essay's words are wrong; 일부 맞음 where they are right in part; 보충 where they are not wrong but
 * leave out what changes their sense; 그 뒤 where the essay reported rightly and the row tells what came after.
 */
export type Verdict = '바로잡음' | '일부 맞음' | '보충' | '그 뒤'

interface FactCheckRow {
  /** the essay's words, verbatim */
  essay: string
  verdict: Verdict
  /** what the sources state instead */
  fact: string
  sources: readonly Source[]
}

/** The same page once, in order. */
function distinct(sources: readonly Source[]): Source[] {
  return sources.filter((s, i) => sources.findIndex(t => t.url === s.url) === i)
}

const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]
const cap = `연매출 ${commercialRevenueCapUSD / 10_000}만 달러`

export const factCheck = [
  {
    essay: '오픈소스 AI를 사용한 기업들은 평균 51%의 투자 수익률을 기록했다',
    verdict: '바로잡음',
    fact: `${share('open')}%는 평균 수익률이 아니라 AI 투자로 수익을 냈다고 답한 기업의 비율. 비교 대상은 오픈소스 AI 도구를 쓰지 않는 기업(${share('closed')}%).`,
    sources: [ibmRoi.source],
  },
  {
    essay: '사용은 허용하되 상업적 재배포는 금지다',
    verdict: '일부 맞음',
    fact: `공개 당시 판은 배포를 허용했고, 상업적 이용은 ${cap} 미만이면 허용, 그 이상은 xAI의 별도 라이선스가 필요했다. 그 뒤 이 상한 대신 xAI 이용 정책 준수가 조건이 됨(커밋 d60cbe2). 금지는 기반 모델·대형 언어 모델·범용 AI 모델의 훈련·개선(Grok 2 미세조정은 허용). ${grok25.withheld.join('·')}는 비공개.`,
    sources: distinct([grok25.source, grok2Licence.source, ...grok2LicenceNow.sources]),
  },
  {
    essay: 'Grok 3은 현재 가장 앞서간다고 평가받는 모델 중 하나다',
    verdict: '보충',
    fact: `에세이를 쓸 무렵(2025년 8월) xAI의 최신 주력 모델은 ${koDate(grok4.released)}(미국 현지 시각) 공개된 ${grok4.name}. Grok 3은 이미 이전 세대였다. ${grok4.name} 이후 xAI 글·개발자 문서로 확인한 주요 모델: 2025년 ${xaiModelsSince.map(m => m.name).join('·')}, 2026년 ${xaiModels2026Ko('·')}.`,
    sources: [grok4.source, ...xaiLaterModels.sources, ...xaiModels2026Claim.sources],
  },
  {
    essay: '6개월 후에는 Grok 3도 오픈소스로 공개하겠다',
    verdict: '그 뒤',
    fact: `예정 시점은 ${roughly(grok3Promise.dueAround)}(약 ${grok3Promise.months}개월 뒤). ${koDate(grok3Promise.checked)}에 살펴본 자료에서 ${grok3Promise.status}. 예정 시점에서 ${monthsBetween(grok3Promise.dueAround, grok3Promise.checked)}개월 넘게 지남. 살펴본 것: ${grok3Promise.lookedAt.join(', ')}.`,
    sources: grok3Promise.sources,
  },
] as const satisfies readonly FactCheckRow[]
