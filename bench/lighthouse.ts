/**
 * Lighthouse (the pinned devDependency) on a served build, as a phone and as a desktop: the four
 * category scores and the paint times. One run per page and form factor: on a shared machine the
 * scores move by a few points between runs, so quote them with the reference deck's from the same run.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { root } from '../scripts/deck.ts'

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
}

interface LighthouseResult {
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>
  audits: Record<string, { numericValue?: number }>
  runtimeError?: { message: string }
}

const CLI = join(root, 'node_modules/lighthouse/cli/index.js')

/** Asynchronous, so that a server in this same process goes on answering Lighthouse's requests. */
export async function lighthouse(url: string, formFactor: FormFactor, browser: string): Promise<LighthouseScores> {
  const { stdout: json } = await promisify(execFile)(process.execPath, [
    CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    ...formFactor === 'desktop' ? ['--preset=desktop'] : [],
    `--chrome-path=${browser}`,
    '--chrome-flags=--headless=new --no-sandbox',
  ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const result = JSON.parse(json) as LighthouseResult
  if (result.runtimeError)
    throw new Error(`Lighthouse could not measure ${url}: ${result.runtimeError.message}`)
  const score = (c: keyof LighthouseResult['categories']) => Math.round((result.categories[c].score ?? Number.NaN) * 100)
  const ms = (audit: string) => Math.round(result.audits[audit]?.numericValue ?? Number.NaN)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
  }
}
