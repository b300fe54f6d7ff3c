import type { SeriesDataset } from './types'

/**
 * IBM's December 2024 survey of companies' 2024 AI strategies. The figure is the SHARE OF COMPANIES
 * that reported a positive ROI from AI, not an average ROI; the comparison group is "not using
 * open-source AI tools", not "proprietary". Self-reported; correlation, not causation.
 * Order = reveal order on the slide: all respondents, then 41%, then 51%.
 */
export const ibmRoi = {
  kind: 'series',
  id: 'ibm-roi',
  title: 'AI 투자로 수익을 냈다고 답한 기업의 비율',
  unit: '%',
  labels: ['전체 응답 기업', '오픈소스 AI 도구 미사용 기업', '오픈소스 AI 도구 사용 기업'],
  values: [47, 41, 51],
  roles: ['limited', 'closed', 'open'],
  respondents: { count: 2400, atLeast: true, who: 'IT 의사 결정권자' },
  conductedBy: 'Morning Consult(IBM 의뢰)',
  /** what the respondents were asked about: their companies' AI strategies of this year */
  strategyYear: 2024,
  note: '평균 ROI(투자 수익률)가 아니라 수익을 냈다고 답한 기업의 비율 · 응답자 자체 평가 · 상관관계일 뿐 인과관계는 아님',
  source: {
    publisher: 'IBM Newsroom',
    title: 'IBM Study: More Companies Turning to Open-Source AI Tools to Unlock ROI',
    url: 'https://newsroom.ibm.com/2024-12-19-IBM-Study-More-Companies-Turning-to-Open-Source-AI-Tools-to-Unlock-ROI',
    date: '2024-12-19',
  },
} as const satisfies SeriesDataset & {
  respondents: { count: number, atLeast: boolean, who: string }
  conductedBy: string
  strategyYear: number
}

/** '2,400명 이상의 IT 의사 결정권자' */
export const ibmSample = `${ibmRoi.respondents.count.toLocaleString('en-US')}명 ${ibmRoi.respondents.atLeast ? '이상의 ' : ''}${ibmRoi.respondents.who}`
