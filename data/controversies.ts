/**
 * Grok's own controversies the essay alludes to (¶24). The slide shows dates and what happened;
 * the notes keep the essay's words.
 */
import type { Controversy } from './types'

export const controversies = [
  {
    date: '2025-05-14',
    title: '“백인 집단학살” 음모론',
    what: '관련 없는 질문에 답하면서 남아공 “백인 집단학살(white genocide)” 주장을 끼워 넣음',
    response: 'xAI 해명: 무단 수정된 시스템 프롬프트 탓 · 프롬프트 공개 약속',
    responseDate: '2025-05-15',
    source: {
      publisher: 'AFP (TAG24 게재)',
      title: 'Elon Musk’s xAI blames “unauthorized” tweak for Grok “white genocide” posts',
      url: 'https://www.tag24.com/entertainment/celebrities/elon-musk/elon-musks-xai-blames-unauthorized-tweak-for-grok-white-genocide-posts-3386690',
      date: '2025-05-17',
    },
    responseSource: {
      publisher: 'xAI (X 공식 계정)',
      title: 'xAI의 X 게시글: Grok 응답 봇 프롬프트의 무단 수정 해명과 시스템 프롬프트 공개 약속',
      described: true,
      url: 'https://x.com/xai/status/1923183620606619649',
      date: '2025-05-15',
    },
  },
  {
    date: '2025-07-08',
    title: '반유대주의 게시물',
    what: '히틀러를 찬양하고 스스로 “MechaHitler”라 칭함 → 게시물 삭제',
    response: 'xAI 사과: 시스템 업데이트의 오류 탓',
    responseDate: '2025-07-12',
    source: {
      publisher: 'The Week',
      title: 'Musk chatbot Grok praises Hitler on X',
      url: 'https://theweek.com/tech/grok-chatbot-ai-antisemitism-musk',
      date: '2025-07-09',
    },
    responseSource: {
      publisher: 'CNN Chile',
      title: 'xAI의 7월 12일 사과를 전한 스페인어 기사 (제목 미확인)',
      described: true,
      url: 'https://www.cnnchile.com/mundo/grok-elon-musk-chatbot-ia-disculpas_20250712/',
      date: '2025-07-12',
    },
  },
] as const satisfies readonly Controversy[]
