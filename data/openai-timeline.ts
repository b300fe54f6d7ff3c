import type { CheckedClaim, Source, TimelineDataset, TimelineEvent } from './types'

/** The federal case (Musk v. Altman, N.D. Cal.) at trial: the last step the deck shows, reported the same day. */
const muskVerdict = {
  date: '2026-05-18',
  source: {
    publisher: 'NPR',
    title: 'Jury dismisses all claims in Elon Musk’s lawsuit against OpenAI CEO Sam Altman',
    url: 'https://www.npr.org/2026/05/18/nx-s1-5822366/musk-altman-openai-jury-verdict-claims-dismissed',
    date: '2026-05-18',
  },
} as const satisfies { date: string, source: Source }

/** Where the lawsuit stands: it can move on (an appeal), so it carries the day it was checked. */
export const muskLawsuitStatus = {
  claim: '2026년 5월 18일 배심원 평결로 머스크의 청구가 모두 기각됨 (연방 소송 Musk v. Altman, 4:24-cv-04722-YGR)',
  checked: '2026-12-02',
  what: 'NPR 2026년 5월 18일 기사 제목 “Jury dismisses all claims in Elon Musk’s lawsuit against OpenAI CEO Sam Altman”(본문은 저장본에 없음). 다른 보도 저장본(제3자 사이트): 재판은 2026년 4월 28일 시작, 소멸시효가 지났다는 배심원의 권고 평결을 판사가 받아들여 청구 기각, 머스크는 같은 날 항소하겠다고 밝힘. 항소 제기 여부와 결과는 확인하지 못함(2026년 12월 2일). 사건 번호: 접수 때 3:24-cv-04722(샌프란시스코), 오클랜드의 곤잘레스 로저스 판사에게 배당된 뒤 4:24-cv-04722-YGR(CourtListener 사건 기록).',
  sources: [muskVerdict.source],
} as const satisfies CheckedClaim

/** The three acts of the slide: the non-profit, the money, the lawsuits. */
export type Phase = 'nonprofit' | 'money' | 'lawsuit'

interface OpenAiEvent extends TimelineEvent {
  phase: Phase
  /** every event names the page that states its date */
  source: Source
}

const openaiLp: Source = {
  publisher: 'OpenAI',
  title: 'OpenAI LP',
  url: 'https://openai.com/index/openai-lp/',
  date: '2019-03-11',
}

/** Musk and OpenAI: founding, money, lawsuits. Each event cites what states its date. */
export const openAiTimeline = {
  kind: 'timeline',
  id: 'openai-timeline',
  title: '머스크와 OpenAI',
  unit: 'date',
  source: openaiLp,
  events: [
    {
      date: '2015-12-11',
      phase: 'nonprofit',
      role: 'open',
      label: '비영리 연구소로 출범: 10억 달러 약정, 머스크·올트먼 공동 의장',
      source: { publisher: 'OpenAI', title: 'Introducing OpenAI', url: 'https://openai.com/index/introducing-openai/', date: '2015-12-11' },
    },
    {
      date: '2018-02',
      phase: 'money',
      role: 'closed',
      label: '머스크, 이사회에서 물러남',
      source: { publisher: 'OpenAI', title: 'OpenAI supporters', url: 'https://openai.com/index/openai-supporters/', date: '2018-02-20' },
    },
    {
      date: '2019-03-11',
      phase: 'money',
      role: 'closed',
      label: '이익 상한 영리 법인 OpenAI LP: 1차 투자 라운드 투자자의 수익은 투자액의 100배로 제한',
      source: openaiLp,
    },
    {
      date: '2019-07-22',
      phase: 'money',
      role: 'closed',
      label: '마이크로소프트 10억 달러 투자',
      source: { publisher: 'OpenAI', title: 'Microsoft invests in and partners with OpenAI to support us building beneficial AGI', url: 'https://openai.com/index/microsoft-invests-in-and-partners-with-openai/', date: '2019-07-22' },
    },
    {
      date: '2023-01-23',
      phase: 'money',
      role: 'closed',
      label: '마이크로소프트 “수년간 수십억 달러” 추가 투자',
      source: { publisher: 'Microsoft', title: 'Microsoft and OpenAI extend partnership', url: 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/', date: '2023-01-23' },
    },
    {
      date: '2024-02-29',
      phase: 'lawsuit',
      role: 'limited',
      label: '머스크, OpenAI 제소 (캘리포니아주 샌프란시스코 카운티 상급법원)',
      source: {
        publisher: '소장 사본 (273 Ventures 게재)',
        title: 'Musk v. Altman 소장: 2024년 2월 29일 샌프란시스코 카운티 상급법원 접수 도장 (사건번호 CGC-24-612746)',
        described: true,
        url: 'https://273ventures.com/html/musk-v-altman-openai-complaint-sf.html',
        date: '2024-02-29',
      },
    },
    {
      date: '2024-06-11',
      phase: 'lawsuit',
      role: 'limited',
      label: '소송 취하',
      source: { publisher: 'Reuters (Honolulu Star-Advertiser 게재)', title: 'Elon Musk withdraws lawsuit against OpenAI', url: 'https://www.staradvertiser.com/2024/06/11/breaking-news/elon-musk-withdraws-lawsuit-against-openai/', date: '2024-06-11' },
    },
    {
      date: '2024-08-05',
      phase: 'lawsuit',
      role: 'limited',
      label: '연방 법원에 다시 제소',
      source: {
        publisher: 'Docket Alarm (연방 법원 문서 사본)',
        title: 'Musk v. Altman 연방 소장(캘리포니아 북부 연방지방법원, 접수 때 사건 번호 3:24-cv-04722) 첫 쪽: 2024년 8월 5일 접수',
        described: true,
        url: 'https://www.docketalarm.com/cases/California_Northern_District_Court/3--24-cv-04722/Musk_v._Altman_et_al/1',
        date: '2024-08-05',
      },
    },
    {
      date: '2025-03-04',
      phase: 'lawsuit',
      role: 'limited',
      label: '가처분 신청 기각 · 신속 재판 제안',
      source: { publisher: 'AP (Shropshire Star 게재)', title: 'Judge denies Musk’s request to block OpenAI’s conversion to for-profit company', url: 'https://www.shropshirestar.com/world-news/2025/03/05/judge-denies-musks-request-to-block-openais-conversion-to-for-profit-company/', date: '2025-03-05' },
    },
    {
      date: muskVerdict.date,
      phase: 'lawsuit',
      role: 'limited',
      label: '배심원단, 머스크의 청구 모두 기각',
      source: muskVerdict.source,
    },
  ],
} as const satisfies TimelineDataset<OpenAiEvent>

export const phaseTitles: Record<Phase, string> = {
  nonprofit: '비영리로 출발',
  money: '돈과 손잡다',
  lawsuit: '법정으로',
}

/** Click on which each phase appears on the slide. */
export const phaseClick: Record<Phase, number> = { nonprofit: 0, money: 1, lawsuit: 2 }
