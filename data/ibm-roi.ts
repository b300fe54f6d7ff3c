import type { Words } from '../utils/lang'
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
  title: {
    ko: 'AI 투자로 수익을 냈다고 답한 기업의 비율',
    en: 'Share of companies that reported a positive return on their AI investment',
  },
  unit: '%',
  labels: [
    { ko: '전체 응답 기업', en: 'All companies surveyed' },
    { ko: '오픈소스 AI 도구 미사용 기업', en: 'Not using open-source AI tools' },
    { ko: '오픈소스 AI 도구 사용 기업', en: 'Using open-source AI tools' },
  ],
  values: [47, 41, 51],
  roles: ['limited', 'closed', 'open'],
  respondents: { count: 2400, atLeast: true, who: { ko: 'IT 의사 결정권자', en: 'IT decision-makers' } },
  conductedBy: {
    ko: 'Morning Consult(IBM 의뢰)',
    en: 'Morning Consult (commissioned by IBM)',
  },
  /** what the respondents were asked about: their companies' AI strategies of this year */
  strategyYear: 2024,
  note: {
    ko: '평균 ROI(투자 수익률)가 아니라 수익을 냈다고 답한 기업의 비율 · 응답자 자체 평가 · 상관관계일 뿐 인과관계는 아님',
    en: 'Companies reporting a positive return, not an average ROI (return on investment) · self-reported · a correlation, not causation',
  },
  source: {
    publisher: 'IBM Newsroom',
    title: 'IBM Study: More Companies Turning to Open-Source AI Tools to Unlock ROI',
    url: 'https://newsroom.ibm.com/2024-12-19-IBM-Study-More-Companies-Turning-to-Open-Source-AI-Tools-to-Unlock-ROI',
    date: '2024-12-19',
  },
} as const satisfies SeriesDataset & {
  respondents: { count: number, atLeast: boolean, who: Words }
  conductedBy: Words
  strategyYear: number
}

const { count, atLeast, who } = ibmRoi.respondents

/** '2,400명 이상의 IT 의사 결정권자' / 'at least 2,400 IT decision-makers' */
export const ibmSample: Words = {
  ko: `${count.toLocaleString('en-US')}명 ${atLeast ? '이상의 ' : ''}${who.ko}`,
  en: `${atLeast ? 'at least ' : ''}${count.toLocaleString('en-US')} ${who.en}`,
}
