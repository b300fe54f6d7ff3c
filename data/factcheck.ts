import type { Words } from '../utils/lang'
import type { Source } from './types'
import { dateIn } from '../utils/format'
/**
 * The fact-check slide: where the essay's words and the checked facts part. `essay` is quoted
 * verbatim (a test checks it is in the essay; the English, in the essay's English translation,
 * content/essay.en.txt); `fact` is built from the data modules, each row citing its own sources. A
 * fact about a state that can change says when it was checked.
 */
import { grok2Licence, grok2LicenceNow, grok3Promise, grok4, grok25, monthsBetween, revenueCap, roughly, xaiLaterModels, xaiModels2026Claim, xaiModels2026Named, xaiModelsSince } from './grok'
import { ibmRoi } from './ibm-roi'

/**
 * How the row's fact stands to the essay's words, no harsher than the evidence: `wrong` (바로잡음) only
 * where the essay's words are wrong; `partly` (일부 맞음) where they are right in part; `context` (보충)
 * where they are not wrong but leave out what changes their sense; `later` (그 뒤) where the essay
 * reported rightly and the row tells what came after. The key is the verdict's class on the slide.
 */
export type Verdict = 'wrong' | 'partly' | 'context' | 'later'

/** Each verdict as the slide names it. */
export const verdicts: Readonly<Record<Verdict, Words>> = {
  wrong: { ko: '바로잡음', en: 'Corrected' },
  partly: { ko: '일부 맞음', en: 'Partly right' },
  context: { ko: '보충', en: 'Needs context' },
  later: { ko: '그 뒤', en: 'Since then' },
}

interface FactCheckRow {
  /** the essay's words, verbatim, from the essay and from its English translation */
  essay: Words
  verdict: Verdict
  /** what the sources state instead */
  fact: Words
  sources: readonly Source[]
}

/** The same page once, in order. */
function distinct(sources: readonly Source[]): Source[] {
  return sources.filter((s, i) => sources.findIndex(t => t.url === s.url) === i)
}

const share = (role: 'open' | 'closed') => ibmRoi.values[ibmRoi.roles.indexOf(role)]
const withheld = grok25.withheld

export const factCheck = [
  {
    essay: { ko: '오픈소스 AI를 사용한 기업들은 평균 51%의 투자 수익률을 기록했다', en: 'Companies that used open-source AI recorded an average return on investment of 51%' },
    verdict: 'wrong',
    fact: {
      ko: `${share('open')}%는 평균 수익률이 아니라 AI 투자로 수익을 냈다고 답한 기업의 비율. 비교 대상은 오픈소스 AI 도구를 쓰지 않는 기업(${share('closed')}%).`,
      en: `${share('open')}% is not an average return but the share of companies that reported a positive return on their AI investment. The comparison is with companies not using open-source AI tools (${share('closed')}%).`,
    },
    sources: [ibmRoi.source],
  },
  {
    essay: { ko: '사용은 허용하되 상업적 재배포는 금지다', en: 'Use is permitted, but commercial redistribution is forbidden' },
    verdict: 'partly',
    fact: {
      ko: `공개 당시 판은 배포를 허용했고, 상업적 이용은 ${revenueCap.ko} 미만이면 허용, 그 이상은 xAI의 별도 라이선스가 필요했다. 그 뒤 이 상한 대신 xAI 이용 정책 준수가 조건이 됨(커밋 d60cbe2). 금지는 기반 모델·대형 언어 모델·범용 AI 모델의 훈련·개선(Grok 2 미세조정은 허용). ${withheld.map(w => w.ko).join('·')}는 비공개.`,
      en: `The version first published allowed distribution; commercial use was allowed below ${revenueCap.en} and needed a separate licence from xAI above it. Since then, compliance with xAI’s Acceptable Use Policy has replaced the cap as the condition (commit d60cbe2). Forbidden: training or improving foundation models, large language models or general-purpose AI models (fine-tuning Grok 2 is allowed). Not released: ${withheld.map(w => w.en.toLowerCase()).join(' and ')}.`,
    },
    sources: distinct([grok25.source, grok2Licence.source, ...grok2LicenceNow.sources]),
  },
  {
    essay: { ko: 'Grok 3은 현재 가장 앞서간다고 평가받는 모델 중 하나다', en: 'Grok 3 is currently rated as one of the most advanced models' },
    verdict: 'context',
    fact: {
      ko: `에세이를 쓸 무렵(2025년 8월) xAI의 최신 주력 모델은 ${dateIn(grok4.released, 'ko')}(미국 현지 시각) 공개된 ${grok4.name}. Grok 3은 이미 이전 세대였다. ${grok4.name} 이후 xAI 글·개발자 문서로 확인한 주요 모델: 2025년 ${xaiModelsSince.map(m => m.name).join('·')}, 2026년 ${xaiModels2026Named({ ko: '·', en: ', ' }).ko}.`,
      en: `When the essay was written (August 2025), xAI’s newest flagship model was ${grok4.name}, released ${dateIn(grok4.released, 'en')} (US time). Grok 3 was already the previous generation. Major models since ${grok4.name}, as confirmed in xAI’s posts and developer docs: in 2025, ${xaiModelsSince.map(m => m.name).join(', ')}; in 2026, ${xaiModels2026Named({ ko: '·', en: ', ' }).en}.`,
    },
    sources: [grok4.source, ...xaiLaterModels.sources, ...xaiModels2026Claim.sources],
  },
  {
    essay: { ko: '6개월 후에는 Grok 3도 오픈소스로 공개하겠다', en: 'in 6 months he would release Grok 3 as open source as well' },
    verdict: 'later',
    fact: {
      ko: `예정 시점은 ${roughly(grok3Promise.dueAround).ko}(약 ${grok3Promise.months}개월 뒤). ${dateIn(grok3Promise.checked, 'ko')}에 살펴본 자료에서 ${grok3Promise.status.ko}. 예정 시점에서 ${monthsBetween(grok3Promise.dueAround, grok3Promise.checked)}개월 넘게 지남. 살펴본 것: ${grok3Promise.lookedAt.map(w => w.ko).join(', ')}.`,
      en: `The target was ${roughly(grok3Promise.dueAround).en} (about ${grok3Promise.months} months on). ${grok3Promise.status.en} in the sources looked at on ${dateIn(grok3Promise.checked, 'en')}. More than ${monthsBetween(grok3Promise.dueAround, grok3Promise.checked)} months past the target. Looked at: ${grok3Promise.lookedAt.map(w => w.en).join(', ')}.`,
    },
    sources: grok3Promise.sources,
  },
] as const satisfies readonly FactCheckRow[]
