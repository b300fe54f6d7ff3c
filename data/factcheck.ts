import type { Source } from './types'
import { koDate } from '../utils/format'
/**
 * The fact-check slide: where the essay's words and the checked facts part. `essay` is quoted
 * verbatim (a test checks it is in the essay); `fact` is built from the data modules, each row
 * citing its own sources. A fact about a state that can change says when it was checked.
 */
import { commercialRevenueCapUSD, grok2Licence, grok2LicenceFile, grok2LicenceNow, grok3Promise, grok4, grok25, grok41, roughly, xaiLaterModels } from './grok'
import { ibmRoi } from './ibm-roi'

interface FactCheckRow {
  /** the essay's words, verbatim */
  essay: string
  /** what the sources state instead */
  fact: string
  sources: readonly Source[]
}

/** The same page once, in order. */
function distinct(sources: readonly Source[]): Source[] {
  return sources.filter((s, i) => sources.findIndex(t => t.url === s.url) === i)
}

const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]

export const factCheck = [
  {
    essay: '오픈소스 AI를 사용한 기업들은 평균 51%의 투자 수익률을 기록했다',
    fact: `${share('open')}%는 평균 수익률이 아니라 AI 투자로 수익을 냈다고 답한 기업의 비율. 비교 대상은 오픈소스 AI 도구를 쓰지 않는 기업(${share('closed')}%).`,
    sources: [ibmRoi.source],
  },
  {
    essay: '사용은 허용하되 상업적 재배포는 금지다',
    fact: `배포는 허용. 상업적 이용은 공개 당시 연매출 ${commercialRevenueCapUSD / 10_000}만 달러 미만이면 허용(그 이상은 xAI의 별도 라이선스), ${koDate(grok2LicenceFile.date)} 개정판은 대신 xAI 이용 정책 준수를 조건으로 함. 금지된 것은 기반·대형 언어·범용 AI 모델의 훈련·개선(Grok 2 미세조정은 허용). ${grok25.withheld.join('·')}는 비공개.`,
    sources: distinct([grok25.source, grok2Licence.source, ...grok2LicenceNow.sources]),
  },
  {
    essay: 'Grok 3은 현재 가장 앞서간다고 평가받는 모델 중 하나다',
    fact: `에세이를 쓸 무렵(2025년 8월) xAI의 최신 모델은 ${koDate(grok4.released)}(미국 현지 시각) 공개된 ${grok4.name}. Grok 3은 이미 이전 세대였다. 그 뒤 ${grok41.name}(${koDate(grok41.released)}) 등 후속 모델이 나왔다.`,
    sources: [grok4.source, ...xaiLaterModels.sources],
  },
  {
    essay: '6개월 후에는 Grok 3도 오픈소스로 공개하겠다',
    fact: `예정 시점은 ${roughly(grok3Promise.dueAround)}(약 ${grok3Promise.months}개월 뒤). ${koDate(grok3Promise.checked)} 기준 ${grok3Promise.claim}.`,
    sources: grok3Promise.sources,
  },
] as const satisfies readonly FactCheckRow[]
