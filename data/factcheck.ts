import type { Source } from './types'
import { koDate } from '../lib/format'
/**
 * The fact-check slide: where the essay's words and the checked facts part. `essay` is quoted
 * verbatim (a test checks it is in the essay); `fact` is built from the data modules, each row
 * citing its own sources.
 */
import { commercialRevenueCapUSD, grok2Licence, grok3Promise, grok4, grok25 } from './grok'
import { ibmRoi } from './ibm-roi'

interface FactCheckRow {
  /** the essay's words, verbatim */
  essay: string
  /** what the sources state instead */
  fact: string
  sources: readonly Source[]
}

const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]

export const factCheck = [
  {
    essay: '오픈소스 AI를 사용한 기업들은 평균 51%의 투자 수익률을 기록했다',
    fact: `${share('open')}%는 평균 수익률이 아니라 긍정적 ROI를 얻었다고 답한 기업의 비율. 비교 대상은 오픈소스 AI 도구를 쓰지 않는 기업(${share('closed')}%).`,
    sources: [ibmRoi.source],
  },
  {
    essay: '사용은 허용하되 상업적 재배포는 금지다',
    fact: `라이선스는 배포를 허용. 상업적 이용은 연매출 ${commercialRevenueCapUSD / 10_000}만 달러 미만까지였고(뒤에 변경), 금지된 것은 다른 AI 모델의 훈련. ${grok25.withheld.join('·')}는 비공개.`,
    sources: [grok25.source, grok2Licence.source],
  },
  {
    essay: 'Grok 3은 현재 가장 앞서간다고 평가받는 모델 중 하나다',
    fact: `xAI의 최신 모델은 ${koDate(grok4.released)} 공개된 ${grok4.name}. Grok 3은 이미 이전 세대.`,
    sources: [grok4.source],
  },
  {
    essay: '6개월 후에는 Grok 3도 오픈소스로 공개하겠다',
    fact: `기한은 약 ${koDate(grok3Promise.dueAround)}. ${koDate(grok3Promise.asOf)} 말 기준 ${grok3Promise.status}.`,
    sources: [grok3Promise.source],
  },
] as const satisfies readonly FactCheckRow[]
