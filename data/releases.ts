import type { Words } from '../utils/lang'
import type { Source, TimelineDataset, TimelineEvent } from './types'
import { grok1, grok2Licence, grok2Repo, grok25 } from './grok'

/** How open a release's licence is: OSI-approved, a maker's own licence, or research only. */
export type LicenceKind = 'osi' | 'custom' | 'research'

export interface Release extends TimelineEvent {
  maker: string
  /** a licence's name (MIT, Apache 2.0), or what a custom one is, in words */
  licence: string | Words
  licenceKind: LicenceKind
  source: Source
  /** the licence's own text, when the slide states its terms */
  licenceSource?: Source
}

/** A maker's own licence, its terms not stated on the slide. */
const customLicence = { ko: '자체 라이선스', en: 'Custom licence' } as const satisfies Words

/** Open-weight releases the essay points at, plus Grok-1 and Grok 2.5. */
export const releases = {
  kind: 'timeline',
  id: 'releases',
  title: {
    ko: '주요 오픈 웨이트 모델 공개',
    en: 'Major open-weight model releases',
  },
  unit: 'date',
  note: {
    ko: '오픈 웨이트: 가중치는 공개, 훈련 데이터와 코드는 대개 비공개',
    en: 'Open weights: the weights are published; the training data and code usually are not',
  },
  source: grok2Repo,
  events: [
    {
      date: '2023-02-24',
      maker: 'Meta',
      label: 'LLaMA',
      role: 'closed',
      licence: {
        ko: '비상업 연구용',
        en: 'Non-commercial research only',
      },
      licenceKind: 'research',
      source: { publisher: 'Meta AI', title: 'Introducing LLaMA: A foundational, 65-billion-parameter large language model', url: 'https://ai.meta.com/blog/large-language-model-llama-meta-ai/', date: '2023-02-24' },
    },
    {
      date: '2023-07-18',
      maker: 'Meta',
      label: 'Llama 2',
      role: 'closed',
      licence: {
        ko: '자체 라이선스(Llama 2 외 LLM 개선에 사용 금지 · 출시일 기준 월간 활성 사용자 7억 명 초과 기업은 Meta의 허가 필요)',
        en: 'Custom licence (not for improving other LLMs · companies with over 700 million monthly active users at release need Meta’s permission)',
      },
      licenceKind: 'custom',
      source: { publisher: 'Meta', title: 'Meta and Microsoft Introduce the Next Generation of Llama', url: 'https://about.fb.com/news/2023/07/llama-2/', date: '2023-07-18' },
      // §1.b.v: "You will not use the Llama Materials or any output or results of the Llama Materials to
      // improve any other large language model (excluding Llama 2 or derivative works thereof)"; §2: more
      // than 700 million monthly active users on the release date → "you must request a license from Meta"
      licenceSource: {
        publisher: {
          ko: 'Meta(GitHub meta-llama/llama)',
          en: 'Meta (GitHub meta-llama/llama)',
        },
        title: 'LLAMA 2 COMMUNITY LICENSE AGREEMENT',
        url: 'https://github.com/meta-llama/llama/blob/6d4c0c290aeec1fa4399694fefb864be5a153bb6/LICENSE',
        date: '2023-07-18',
      },
    },
    {
      date: grok1.released,
      maker: 'xAI',
      label: grok1.name,
      role: 'open',
      licence: grok1.licence,
      licenceKind: 'osi',
      source: grok1.source,
    },
    {
      date: '2024-04-18',
      maker: 'Meta',
      label: 'Llama 3',
      role: 'closed',
      licence: customLicence,
      licenceKind: 'custom',
      source: { publisher: 'Meta AI', title: 'Introducing Meta Llama 3: The most capable openly available LLM to date', url: 'https://ai.meta.com/blog/meta-llama-3/', date: '2024-04-18' },
    },
    {
      date: '2024-07-23',
      maker: 'Meta',
      label: 'Llama 3.1',
      role: 'closed',
      licence: customLicence,
      licenceKind: 'custom',
      source: { publisher: 'Meta AI', title: 'Introducing Llama 3.1: Our most capable models to date', url: 'https://ai.meta.com/blog/meta-llama-3-1/', date: '2024-07-23' },
    },
    {
      date: '2025-01-20',
      maker: 'DeepSeek',
      label: 'DeepSeek-R1',
      role: 'open',
      licence: 'MIT',
      licenceKind: 'osi',
      source: { publisher: 'DeepSeek', title: 'DeepSeek-R1 Release', url: 'https://api-docs.deepseek.com/news/news250120', date: '2025-01-20' },
    },
    {
      date: '2025-04-29',
      maker: 'Alibaba',
      label: 'Qwen3',
      role: 'open',
      licence: 'Apache 2.0',
      licenceKind: 'osi',
      source: { publisher: 'Qwen', title: 'Qwen3: Think Deeper, Act Faster', url: 'https://qwenlm.github.io/blog/qwen3/', date: '2025-04-29' },
    },
    {
      date: '2025-08-05',
      maker: 'OpenAI',
      label: 'gpt-oss',
      role: 'open',
      licence: 'Apache 2.0',
      licenceKind: 'osi',
      source: { publisher: 'OpenAI', title: 'Introducing gpt-oss', url: 'https://openai.com/index/introducing-gpt-oss/', date: '2025-08-05' },
    },
    {
      date: grok25.released,
      maker: 'xAI',
      label: grok25.name,
      role: 'closed',
      licence: {
        ko: '자체 라이선스(Grok 2 외의 기반 모델·대형 언어 모델·범용 AI 모델의 훈련·개선에 사용 금지)',
        en: 'Custom licence (no training or improving foundation, large language or general-purpose AI models other than Grok 2)',
      },
      licenceKind: 'custom',
      source: grok2Repo,
      licenceSource: grok2Licence.source,
    },
  ],
} as const satisfies TimelineDataset<Release>

/** Google's first open-weight models: the essay's "Google … still closed?" predates the talk by 18 months. */
export const gemma = {
  maker: 'Google',
  label: 'Gemma',
  date: '2024-02-21',
  source: {
    publisher: 'Google',
    title: 'Gemma: Introducing new state-of-the-art open models',
    url: 'https://blog.google/technology/developers/gemma-open-models/',
    date: '2024-02-21',
  },
} as const satisfies { maker: string, label: string, date: string, source: Source }

/** Shown from the slide's first click on ("심지어 그 폐쇄적이던 OpenAI도…"). */
export const releasesRevealFrom = '2025-08-01'
