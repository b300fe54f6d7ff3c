/**
 * The pace plan for the presenter view: each slide's budget from its notes (addon/shared/pace.ts),
 * served to the browser as `virtual:talk-kit/pace`, and printed by `npm run pace`. Read from the
 * talk's files when the module is asked for; an edited slide file in the dev server reloads it.
 */
import type { Plugin } from 'vite'
import type { PaceData } from '../shared/pace.ts'
import { parseTimeString } from '@slidev/parser/utils'
import { clock, KOREAN_READING_SPM, paceBudgets, spokenLength } from '../shared/pace.ts'
import { loadDeck, spokenParagraphs } from './deck.ts'

const PACE_MODULE = 'virtual:talk-kit/pace'
const RESOLVED = `\0${PACE_MODULE}`

/** The deck's pace plan: each slide's notes length and budget, summing to the headmatter's duration. */
export async function pacePlan(): Promise<PaceData> {
  const deck = await loadDeck()
  const duration = parseTimeString(String(deck.headmatter.duration ?? '30min')).seconds
  const lengths = deck.slides.map(s => spokenLength(spokenParagraphs(s.note).join(' ')))
  const { budgets, scale } = paceBudgets(lengths, duration)
  return {
    duration,
    rate: KOREAN_READING_SPM,
    scale,
    slides: deck.slides.map((s, i) => ({ no: i + 1, title: s.title ?? '', length: lengths[i]!, budget: budgets[i]! })),
  }
}

/** The plan as a table for a terminal or a note: slide, title, notes length, budget. */
export function paceTable(plan: PaceData): string {
  const rows = plan.slides.map(s => `| ${s.no} | ${s.title.replace(/\|/g, '\\|')} | ${s.length} | ${clock(s.budget)} |`)
  const syllables = plan.slides.reduce((a, s) => a + s.length, 0)
  return [
    '| slide | title | notes (syllables) | budget |',
    '|---:|---|---:|---:|',
    ...rows,
    `| | total | ${syllables} | ${clock(plan.slides.reduce((a, s) => a + s.budget, 0))} |`,
  ].join('\n')
}

export function pacePlugin(): Plugin {
  return {
    name: 'talk-kit-pace',
    resolveId(id) {
      if (id === PACE_MODULE)
        return RESOLVED
    },
    async load(id) {
      if (id === RESOLVED)
        return `export default ${JSON.stringify(await pacePlan())}`
    },
    handleHotUpdate({ file, server }) {
      const mod = server.moduleGraph.getModuleById(RESOLVED)
      if (mod && file.endsWith('.md'))
        void server.reloadModule(mod)
    },
  }
}
