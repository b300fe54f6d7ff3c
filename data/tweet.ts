import type { Post } from './types'

export const muskPost = {
  author: 'Elon Musk',
  handle: '@elonmusk',
  date: '2025-08-23',
  text: 'The @xAI Grok 2.5 model, which was our best model last year, is now open source. Grok 3 will be made open source in about 6 months.',
  source: {
    publisher: 'TechCrunch',
    title: 'Elon Musk says xAI has open sourced Grok 2.5',
    url: 'https://techcrunch.com/2025/08/24/elon-musk-says-xai-has-open-sourced-grok-2-5/',
    date: '2025-08-24',
  },
} as const satisfies Post
