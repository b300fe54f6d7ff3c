import type { Words } from '../utils/lang'
import type { CheckedClaim, Source, TimelineDataset, TimelineEvent } from './types'

/**
 * The federal case (Musk v. Altman, N.D. Cal.) at trial, 18 May 2026 (US time; 19 May in Korea): the
 * jury's verdict was advisory (the claims were filed too late, past the statute of limitations), the
 * judge adopted it and dismissed the claims, and Musk said the same day he would appeal. NPR reported it
 * the same day (its headline's “dismisses” is the paper's shorthand); the second report states the
 * advisory verdict, the limitations ground and the appeal announcement.
 */
const muskVerdict = {
  date: '2026-05-18',
  source: {
    publisher: 'NPR',
    title: 'Jury dismisses all claims in Elon Musk’s lawsuit against OpenAI CEO Sam Altman',
    url: 'https://www.npr.org/2026/05/18/nx-s1-5822366/musk-altman-openai-jury-verdict-claims-dismissed',
    date: '2026-05-18',
  },
  detail: {
    publisher: 'Déclic',
    title: 'Musk loses against OpenAI, but the merits were never tried',
    url: 'https://www.declic.media/en/news/musk-altman-verdict-fond-non-tranche/',
    date: '2026-05',
  },
} as const satisfies { date: string, source: Source, detail: Source }

/** Where the lawsuit stands: it can move on (an appeal), so it carries the day it was checked. */
export const muskLawsuitStatus = {
  claim: { ko: '2026년 5월 18일(미국 현지 시각) 배심원 권고 평결(소멸시효 지남)을 판사가 받아들여 청구 기각, OpenAI가 설립 목적을 어겼는지는 판단하지 않음. 머스크는 같은 날 항소 방침을 밝힘, 이후 진행(항소 제기와 그 결과)은 확인하지 못함(연방 소송 Musk v. Altman, 4:24-cv-04722-YGR)', en: 'On May 18, 2026 (US time) the judge adopted the jury’s advisory verdict (the claims were time-barred) and dismissed them, without ruling on whether OpenAI broke its founding mission. Musk said the same day he would appeal; what followed (an appeal filed, and its outcome) could not be confirmed (federal case Musk v. Altman, 4:24-cv-04722-YGR)' },
  checked: '2026-12-06',
  what: '2026-12-06: 저장된 보도 검색. Déclic(2026년 5월): 9명의 권고 배심원단이 소멸시효(자선 신탁 위반 3년, 부당이득 2년)를 이유로 만장일치 평결, 판사가 그 자리에서 받아들임, 머스크는 X에서 “calendar technicality”라며 항소를 밝히고 변호인 토버로프는 “appeal”이라고 말함. 같은 내용의 다른 보도 요약: 9news(“their verdict was advisory, but Judge Yvonne Gonzalez Rogers said she agreed”), 로이터 인용 기사(만장일치, 심리 2시간 미만, “brought his case too late”). NPR 기사는 제목만 저장본에 있음. 항소 제기(제9연방항소법원)와 그 결과는 보도·기록에서 찾지 못함. 2026-12-06에 다시 검색(“Musk notice of appeal Ninth Circuit OpenAI verdict”): 5월 18일의 항소 방침 보도(“I will be filing an appeal with the Ninth Circuit”)만 나오고 그 뒤 항소장 제출이나 항소심 진행을 전한 글은 없음. 사건 번호: 접수 때 3:24-cv-04722, 곤잘레스 로저스 판사 배당 뒤 4:24-cv-04722-YGR(CourtListener 사건 기록, 2026-12-02에 봄).',
  sources: [muskVerdict.source, muskVerdict.detail],
} as const satisfies CheckedClaim

/** OpenAI's restructuring, completed 28 October 2025 (US time): what Musk's suit sought to stop. */
const ourStructure = {
  publisher: 'OpenAI',
  title: 'Our structure',
  url: 'https://openai.com/our-structure/',
  date: '2025-10-28',
} as const satisfies Source

/** How OpenAI is structured since: a state that can change, so checked. */
export const openAiStructure = {
  claim: { ko: '2025년 10월 28일(미국 현지 시각) 개편: 비영리 법인은 OpenAI 재단, 영리 법인은 공익법인(PBC) OpenAI Group. 재단이 OpenAI Group을 지배', en: 'Restructured on October 28, 2025 (US time): the non-profit is the OpenAI Foundation, the for-profit the public benefit corporation (PBC) OpenAI Group. The Foundation controls OpenAI Group' },
  checked: '2026-12-06',
  what: '2026-12-06: OpenAI “Our structure” 페이지의 저장된 사본(“With our updated structure, announced on October 28, 2025”: 비영리는 OpenAI Foundation, 영리는 public benefit corporation인 OpenAI Group PBC, “The OpenAI Foundation continues to control the OpenAI Group”, 재단이 OpenAI Group 이사 전원을 임명). 같은 날짜의 보도(재단 지분 약 26%, 마이크로소프트 약 27%)도 확인. 그 뒤 구조가 바뀌었다는 보도는 찾지 못함.',
  sources: [ourStructure],
} as const satisfies CheckedClaim

/** The three acts of the slide: the non-profit, the money, the lawsuits. */
export type Phase = 'nonprofit' | 'money' | 'lawsuit'

interface OpenAiEvent extends TimelineEvent {
  phase: Phase
  /** every event names the page that states its date */
  source: Source
  /** a second page the event's label draws on */
  more?: Source
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
  title: { ko: '머스크와 OpenAI', en: 'Musk and OpenAI' },
  unit: 'date',
  source: openaiLp,
  events: [
    {
      date: '2015-12-11',
      phase: 'nonprofit',
      role: 'open',
      label: {
        ko: '비영리 연구소로 출범: 10억 달러 약정, 머스크·올트먼 공동 의장',
        en: 'Non-profit research lab founded: $1 billion pledged; Musk and Altman co-chair',
      },
      source: { publisher: 'OpenAI', title: 'Introducing OpenAI', url: 'https://openai.com/index/introducing-openai/', date: '2015-12-11' },
    },
    {
      date: '2018-02',
      phase: 'money',
      role: 'closed',
      label: {
        ko: '머스크, 이사회에서 물러남(당시 OpenAI의 설명: 테슬라 AI와 이해 충돌 방지)',
        en: 'Musk leaves the board (OpenAI: to avert a Tesla AI conflict)',
      },
      source: { publisher: 'OpenAI', title: 'OpenAI supporters', url: 'https://openai.com/index/openai-supporters/', date: '2018-02-20' },
    },
    {
      date: '2019-03-11',
      phase: 'money',
      role: 'closed',
      label: {
        ko: '이익 상한 영리 법인 OpenAI LP: 1차 투자자의 수익은 투자액의 100배까지',
        en: 'OpenAI LP, a capped-profit company: first-round investors’ returns capped at 100×',
      },
      source: openaiLp,
    },
    {
      date: '2019-07-22',
      phase: 'money',
      role: 'closed',
      label: {
        ko: '마이크로소프트 10억 달러 투자',
        en: '$1 billion from Microsoft',
      },
      source: { publisher: 'OpenAI', title: 'Microsoft invests in and partners with OpenAI to support us building beneficial AGI', url: 'https://openai.com/index/microsoft-invests-in-and-partners-with-openai/', date: '2019-07-22' },
    },
    {
      date: '2023-01-23',
      phase: 'money',
      role: 'closed',
      label: {
        ko: '마이크로소프트 “수년간 수십억 달러” 추가 투자',
        en: 'Microsoft adds a “multiyear, multibillion dollar investment”',
      },
      source: { publisher: 'Microsoft', title: 'Microsoft and OpenAI extend partnership', url: 'https://blogs.microsoft.com/blog/2023/01/23/microsoftandopenaiextendpartnership/', date: '2023-01-23' },
    },
    {
      date: '2024-02-29',
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: '머스크, OpenAI 제소(캘리포니아주 1심 법원)',
        en: 'Musk sues OpenAI (California Superior Court)',
      },
      source: {
        publisher: {
          ko: '소장 사본(273 Ventures 게재)',
          en: 'The complaint (via 273 Ventures)',
        },
        title: {
          ko: 'Musk v. Altman 소장: 2024년 2월 29일 캘리포니아주 샌프란시스코 카운티 1심 법원(Superior Court) 접수 도장(사건번호 CGC-24-612746)',
          en: 'The Musk v. Altman complaint, stamped as filed on February 29, 2024 by the Superior Court of California, County of San Francisco (case no. CGC-24-612746)',
        },
        described: true,
        url: 'https://273ventures.com/html/musk-v-altman-openai-complaint-sf.html',
        date: '2024-02-29',
      },
    },
    {
      date: '2024-03-05',
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: 'OpenAI 반박: 머스크가 과반 지분·이사회·CEO 자리를 원했다',
        en: 'OpenAI: Musk wanted a majority stake, board control, CEO role',
      },
      source: { publisher: 'OpenAI', title: 'OpenAI and Elon Musk', url: 'https://openai.com/index/openai-elon-musk/', date: '2024-03-05' },
    },
    {
      date: '2024-06-11',
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: '소송 취하',
        en: 'Suit withdrawn',
      },
      source: {
        publisher: {
          ko: 'Reuters(Honolulu Star-Advertiser 게재)',
          en: 'Reuters (via Honolulu Star-Advertiser)',
        },
        title: 'Elon Musk withdraws lawsuit against OpenAI',
        url: 'https://www.staradvertiser.com/2024/06/11/breaking-news/elon-musk-withdraws-lawsuit-against-openai/',
        date: '2024-06-11',
      },
    },
    {
      date: '2024-08-05',
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: '연방 법원에 다시 제소',
        en: 'Refiles in federal court',
      },
      source: {
        publisher: {
          ko: 'Docket Alarm(연방 법원 문서 사본)',
          en: 'Docket Alarm (federal filing)',
        },
        title: {
          ko: 'Musk v. Altman 연방 소장(캘리포니아 북부 연방지방법원, 접수 때 사건 번호 3:24-cv-04722) 첫 쪽: 2024년 8월 5일 접수',
          en: 'First page of the Musk v. Altman federal complaint (US District Court for the Northern District of California, case no. 3:24-cv-04722 when filed): filed August 5, 2024',
        },
        described: true,
        url: 'https://www.docketalarm.com/cases/California_Northern_District_Court/3--24-cv-04722/Musk_v._Altman_et_al/1',
        date: '2024-08-05',
      },
    },
    {
      date: '2025-03-04',
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: '가처분 신청 기각 · 신속 재판 제안',
        en: 'Preliminary injunction denied · expedited trial offered',
      },
      source: {
        publisher: {
          ko: 'AP(Shropshire Star 게재)',
          en: 'AP (via Shropshire Star)',
        },
        title: 'Judge denies Musk’s request to block OpenAI’s conversion to for-profit company',
        url: 'https://www.shropshirestar.com/world-news/2025/03/05/judge-denies-musks-request-to-block-openais-conversion-to-for-profit-company/',
        date: '2025-03-05',
      },
    },
    {
      date: ourStructure.date,
      phase: 'money',
      role: 'closed',
      label: {
        ko: '구조 개편: 비영리 OpenAI 재단이 공익법인 OpenAI Group을 지배',
        en: 'Restructured: the non-profit OpenAI Foundation controls OpenAI Group, a public benefit corporation',
      },
      source: ourStructure,
    },
    {
      date: muskVerdict.date,
      phase: 'lawsuit',
      role: 'limited',
      label: {
        ko: '배심원 권고 평결(소멸시효 지남)을 판사가 받아들여 청구 기각. 설립 목적을 어겼는지는 판단하지 않음. 머스크는 같은 날 항소 방침',
        en: 'Judge adopts jury’s advisory verdict: claims time-barred and dismissed, founding mission not ruled on. Musk vows that day to appeal',
      },
      source: muskVerdict.source,
      more: muskVerdict.detail,
    },
  ],
} as const satisfies TimelineDataset<OpenAiEvent>

export const phaseTitles: Record<Phase, Words> = {
  nonprofit: { ko: '비영리로 출발', en: 'A non-profit start' },
  money: { ko: '돈과 손잡다', en: 'Hand in hand with money' },
  lawsuit: { ko: '법정으로', en: 'To court' },
}

/**
 * A phase whose last event is a state that can still change: the day it was checked, beside the phase's
 * title. The lawsuit's last event is dated (the verdict and the appeal announced that day); nothing later
 * was found, so the phase claims no state as of the check (the 그 후 slide says the later course is unknown).
 */
export const phaseAsOf: Partial<Record<Phase, string>> = { money: openAiStructure.checked }

/** Click on which each phase appears on the slide. */
export const phaseClick: Record<Phase, number> = { nonprofit: 0, money: 1, lawsuit: 2 }
