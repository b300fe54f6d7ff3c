// The data types reject malformed data: each declaration below must be a type error, checked by
// `vue-tsc` (npm run check) through @ts-expect-error. Nothing here runs.
import type { SeriesDataset, Source } from '../data/types.ts'
import { ibmRoi } from '../data/ibm-roi.ts'

// @ts-expect-error a series without its source is not a dataset
void ({ kind: 'series', id: 'x', title: { ko: 'x', en: 'x' }, unit: '%', labels: ['a'], values: [1], roles: ['open'] } satisfies SeriesDataset)
void ({
  kind: 'series',
  id: 'x',
  title: { ko: 'x', en: 'x' },
  unit: '%',
  labels: ['a'],
  values: [1],
  roles: ['open'],
  // @ts-expect-error a source needs a URL
  source: { publisher: 'p', title: 't', date: '2024-01-01' },
} satisfies SeriesDataset)
void ({
  kind: 'series',
  id: 'x',
  title: { ko: 'x', en: 'x' },
  // @ts-expect-error units are a closed list
  unit: 'percent',
  labels: ['a'],
  values: [1],
  roles: ['open'],
  source: ibmRoi.source,
} satisfies SeriesDataset)
void ({
  kind: 'series',
  id: 'x',
  title: { ko: 'x', en: 'x' },
  unit: '%',
  labels: ['a'],
  // @ts-expect-error values are numbers
  values: ['51%'],
  roles: ['open'],
  source: ibmRoi.source,
} satisfies SeriesDataset)
void ({
  kind: 'series',
  id: 'x',
  // @ts-expect-error words a slide shows have every edition's language: no English, no dataset
  title: { ko: 'x' },
  unit: '%',
  labels: ['a'],
  values: [1],
  roles: ['open'],
  source: ibmRoi.source,
} satisfies SeriesDataset)
// @ts-expect-error a described source's title is our words, in both languages
void ({ publisher: 'p', title: 't', described: true, url: 'https://example.com/', date: '2024-01-01' } satisfies Source)
// @ts-expect-error a page's own title is as published: a gloss is for it, not for our description
void ({ publisher: 'p', title: { ko: 't', en: 't' }, described: true, gloss: 'g', url: 'https://example.com/', date: '2024-01-01' } satisfies Source)
