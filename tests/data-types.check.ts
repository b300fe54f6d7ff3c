// The data types reject malformed data: each declaration below must be a type error, checked by
// `vue-tsc` (npm run check) through @ts-expect-error. Nothing here runs.
import type { SeriesDataset } from '../data/types.ts'
import { ibmRoi } from '../data/ibm-roi.ts'

// @ts-expect-error a series without its source is not a dataset
void ({ kind: 'series', id: 'x', title: 'x', unit: '%', labels: ['a'], values: [1], roles: ['open'] } satisfies SeriesDataset)
void ({
  kind: 'series',
  id: 'x',
  title: 'x',
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
  title: 'x',
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
  title: 'x',
  unit: '%',
  labels: ['a'],
  // @ts-expect-error values are numbers
  values: ['51%'],
  roles: ['open'],
  source: ibmRoi.source,
} satisfies SeriesDataset)
