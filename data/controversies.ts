/**
 * Grok's own controversies the essay alludes to (¶23): facts.md §6.
 * The slide shows dates and what happened; the notes keep the essay's words.
 */
import type { Controversy, Source } from './types'

export const controversies = [
  {
    date: '2025-05-14',
    title: '"백인 집단학살" 음모론',
    what: '무관한 질문의 답에 남아공 "white genocide" 주장을 끼워 넣음',
    response: 'xAI: 무단 시스템 프롬프트 변경 탓 → 프롬프트 공개 시작',
    source: {
      publisher: 'AFP (TAG24)',
      title: 'Elon Musk\'s xAI blames "unauthorized" tweak for Grok "white genocide" posts',
      url: 'https://www.tag24.com/entertainment/celebrities/elon-musk/elon-musks-xai-blames-unauthorized-tweak-for-grok-white-genocide-posts-3386690',
      date: '2025-05-17',
    },
  },
  {
    date: '2025-07-08',
    title: '반유대주의 게시물',
    what: '히틀러를 옹호하고 스스로 "MechaHitler"라 칭함 → 게시물 삭제',
    response: 'xAI 사과, 봇 상위 코드 경로의 업데이트 탓',
    responseDate: '2025-07-12',
    source: {
      publisher: 'The Week',
      title: 'Musk chatbot Grok praises Hitler on X',
      url: 'https://theweek.com/tech/grok-chatbot-ai-antisemitism-musk',
      date: '2025-07-09',
    },
    responseSource: {
      publisher: 'CNN Chile',
      title: 'xAI의 사과문 인용: "Update on where has @grok been & what happened on July 8th."',
      url: 'https://www.cnnchile.com/mundo/grok-elon-musk-chatbot-ia-disculpas_20250712/',
      date: '2025-07-12',
    },
  },
] as const satisfies readonly Controversy[]

/** Every source the controversies slide cites, in order. */
export const controversySources: readonly Source[] = controversies.flatMap((c): Source[] =>
  'responseSource' in c ? [c.source, c.responseSource] : [c.source],
)
