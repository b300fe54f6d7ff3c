/**
 * The pace plan for the presenter view: each slide's budget from its notes (addon/shared/pace.ts),
 * at the reading rate of the deck's language (shared/words.ts), served to the browser as
 * `virtual:talk-kit/pace`, and printed by `talk-kit pace`. Made from the deck Slidev has parsed
 * when the module is asked for; an edited slide file in the dev server reloads it.
 */
import type { Plugin } from 'vite'
import type { PaceData } from '../shared/pace.ts'
import type { Talk } from './talk.ts'
import { parseTimeString } from '@slidev/parser/utils'
import { clock, paceBudgets, spokenLength } from '../shared/pace.ts'
import { spokenParagraphs } from './talk.ts'
import { jsonModule } from './virtual-module.ts'

/** The deck's pace plan: each slide's notes length and budget, summing to the headmatter's duration. */
export function pacePlan(talk: Talk): PaceData {
  const { deck, words: { rate } } = talk
  const duration = parseTimeString(String(deck.headmatter.duration ?? '30min')).seconds
  const lengths = deck.slides.map(s => spokenLength(spokenParagraphs(s.note, talk.presenterMark).join(' '), rate.unit))
  const { budgets, scale } = paceBudgets(lengths, duration, rate.perMinute)
  return {
    duration,
    rate,
    scale,
    slides: deck.slides.map((s, i) => ({ no: i + 1, title: s.title ?? '', length: lengths[i]!, budget: budgets[i]! })),
  }
}

/** The plan as a table for a terminal or a note: slide, title, notes length, budget. */
export function paceTable(plan: PaceData): string {
  const rows = plan.slides.map(s => `| ${s.no} | ${s.title.replace(/\|/g, '\\|')} | ${s.length} | ${clock(s.budget)} |`)
  const spoken = plan.slides.reduce((a, s) => a + s.length, 0)
  return [
    `| slide | title | notes (${plan.rate.unit}) | budget |`,
    '|---:|---|---:|---:|',
    ...rows,
    `| | total | ${spoken} | ${clock(plan.slides.reduce((a, s) => a + s.budget, 0))} |`,
  ].join('\n')
}

export function pacePlugin(talk: () => Talk): Plugin {
  const { resolved, ...module } = jsonModule('virtual:talk-kit/pace', () => pacePlan(talk()))
  return {
    name: 'talk-kit-pace',
    // after Slidev's own loader, which reparses an edited slide file into the deck this reads
    enforce: 'post',
    ...module,
    handleHotUpdate({ file, server }) {
      const mod = server.moduleGraph.getModuleById(resolved)
      if (mod && file.endsWith('.md'))
        void server.reloadModule(mod)
    },
  }
}
