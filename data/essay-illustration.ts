import type { SeriesDataset, Source } from './types'

/**
 * The essay itself, as a source. It has no public address: `url` points at the copy in this
 * repository (relative, so it is NOT rendered through SourceLine and not listed in allSources).
 * Its title is the essay's own; the gloss is the title of its English translation (content/essay.en.txt).
 */
const essaySource = {
  publisher: { ko: '에세이 원문', en: 'The essay' },
  title: '판도라의 상자인가, 희망의 씨앗인가',
  gloss: 'Pandora\'s Box, or a Seed of Hope?',
  url: 'content/essay.ko.txt',
  date: '2025-08',
} as const satisfies Source

/**
 * The essay's own arithmetic (paragraph 12): it reads IBM's shares of companies (51% / 41%) as
 * average returns, so 100억 → 151억 vs 141억. This follows from that misreading: it is shown only
 * as the essay's illustration, labelled so, after the correct reading of the survey.
 */
export const essayIllustration = {
  kind: 'series',
  id: 'essay-illustration',
  title: {
    ko: '에세이의 계산: 100억을 투자하면?',
    en: 'The essay’s arithmetic: what if you invest 10 billion?',
  },
  /**
   * the essay's own unit: “100억”, with no currency (a currency would be the slide's, not the
   * essay's); English writes it in billions (utils/chart-format.ts), still without one
   */
  unit: '억',
  labels: [
    { ko: '투자액', en: 'Invested' },
    {
      ko: '오픈소스 사용 기업(에세이의 계산)',
      en: 'Open-source users (the essay’s arithmetic)',
    },
    {
      ko: '독점 솔루션 기업(에세이의 계산)',
      en: 'Proprietary-solution users (the essay’s arithmetic)',
    },
  ],
  values: [100, 151, 141],
  roles: ['neutral', 'open', 'closed'],
  paragraph: 12,
  note: {
    ko: '조사 결과가 아님: “수익을 냈다고 답한 기업의 비율”을 “평균 수익률”로 읽었을 때의 계산 · 단위는 에세이대로 “억”(통화 표시 없음)',
    en: 'Not a survey finding: what follows from reading “the share of companies that reported a positive return” as “the average return” · units as in the essay, no currency given',
  },
  source: essaySource,
} as const satisfies SeriesDataset & { paragraph: number }
