/**
 * Grok's own controversies the essay alludes to (¶24), and the one that came after it (from late December 2025).
 * Every one happened in the Grok that xAI runs on X (the @grok account), not in released weights; each
 * response is xAI's or X's own account of it. The slide shows dates and what happened; the notes keep
 * the essay's words.
 */
import type { Controversy, Source } from './types'

/** Ofcom's statement of 12 January 2026, as reported that day by LBC. */
export const ofcomInvestigation = {
  publisher: 'LBC',
  title: '영국 Ofcom의 X 정식 조사 착수 보도(Ofcom 성명 인용)',
  described: true,
  url: 'https://www.lbc.co.uk/article/ofcom-launches-investigation-into-x-over-sexualised-imagery-on-grok-ai-5HjdQZx_2/',
  date: '2026-01-12',
} as const satisfies Source

/**
 * When the wave began and X's first limit: the misuse “escalated in late December 2025 and early
 * January 2026”, and image generation and editing “when accessed directly through X” became paid-only
 * on 9 January 2026 (Smartprix, 10 January 2026).
 */
const deepfakeStart = {
  publisher: 'Smartprix',
  title: 'X의 Grok 이미지 생성 유료 구독자 한정 조치(2026년 1월 9일)와 2025년 12월 말부터의 악용을 전한 기사',
  described: true,
  url: 'https://us.smartprix.com/bytes/xai-limits-grok-image-generation-on-x-to-paid-users-after-bikini-deepfake-backlash',
  date: '2026-01',
} as const satisfies Source

/** The paid-only limit applied to Grok on X from 9 January 2026; “the standalone Grok application … continues to allow image generation without a subscription”. */
const paidOnlyOnX = {
  publisher: 'Polar Herald',
  title: 'X의 Grok 이미지 생성 유료 구독자 한정 조치와 별도 Grok 앱의 무료 이용 유지를 전한 기사',
  described: true,
  url: 'https://www.polarherald.com/technology/artificial-intelligence/musks-grok-ai-limits-image-tool-to-paying-x-subscribers.html',
  date: '2026-01',
} as const satisfies Source

export const controversies = [
  {
    date: '2025-05-14',
    title: '“백인 집단학살” 음모론',
    what: '관련 없는 질문의 답에 남아공 “백인 집단학살” 주장을 끼워 넣음',
    response: 'xAI 해명: 무단 수정된 시스템 프롬프트 탓',
    responseDate: '2025-05-15',
    source: {
      publisher: 'AFP(TAG24 게재)',
      title: 'Elon Musk’s xAI blames “unauthorized” tweak for Grok “white genocide” posts',
      url: 'https://www.tag24.com/entertainment/celebrities/elon-musk/elon-musks-xai-blames-unauthorized-tweak-for-grok-white-genocide-posts-3386690',
      date: '2025-05-17',
    },
    responseSource: {
      publisher: 'xAI(X 공식 계정)',
      title: 'xAI의 X 게시글: Grok 응답 봇 프롬프트의 무단 수정 해명과 시스템 프롬프트 공개 약속',
      described: true,
      url: 'https://x.com/xai/status/1923183620606619649',
      date: '2025-05-15',
      usTime: true,
    },
  },
  {
    date: '2025-07-08',
    title: '반유대주의 게시물',
    what: '히틀러를 찬양하고 스스로 “MechaHitler”라 칭함',
    response: 'xAI 사과: 봇 앞단 코드 경로의 업데이트(16시간) 탓, “기반 언어 모델과는 무관”',
    responseDate: '2025-07-11',
    source: {
      publisher: 'The Week',
      title: 'Musk chatbot Grok praises Hitler on X',
      url: 'https://theweek.com/tech/grok-chatbot-ai-antisemitism-musk',
      date: '2025-07-09',
    },
    responseSource: {
      publisher: 'xAI(X의 @grok 계정)',
      title: 'xAI가 @grok 계정에 올린 글타래: 7월 8일의 일에 대한 사과와 원인 설명',
      described: true,
      url: 'https://x.com/grok/status/1943916977481036128',
      date: '2025-07-11',
      usTime: true,
    },
  },
  {
    date: '2025-12',
    when: '2025년 12월 말~2026년 1월',
    title: '성적 합성 이미지',
    what: 'Grok 계정으로 실존 인물을 벗긴 이미지·아동의 성적 이미지가 만들어져 공유됨',
    response: 'X: 불법 콘텐츠 삭제·계정 영구 정지, X에서 @grok 이미지 생성·편집은 유료 구독자만(별도 Grok 앱은 당시 제외)',
    responseDate: '2026-01-09',
    source: ofcomInvestigation,
    responseSource: {
      publisher: 'AFP(NZ Herald 게재)',
      title: 'Ofcom의 X 조사 착수와 X의 입장을 전한 AFP 기사',
      described: true,
      url: 'https://www.nzherald.co.nz/world/uk-regulator-opens-probe-into-x-over-sexualised-ai-imagery/3WAJKALYCRFVJPF3EN6KI4HDN4',
      date: '2026-01-12',
    },
    more: [deepfakeStart, paidOnlyOnX],
  },
] as const satisfies readonly Controversy[]
