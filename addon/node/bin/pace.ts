/**
 * `npm run pace`: each slide's time budget in the presenter view, from the length of its notes at a
 * Korean reading rate, scaled to fill the headmatter's duration (addon/shared/pace.ts).
 */
import { clock, RATE_SOURCE, SHOWN_ONLY_SECONDS } from '../../shared/pace.ts'
import { pacePlan, paceTable } from '../pace.ts'

const plan = await pacePlan()
const syllables = plan.slides.reduce((a, s) => a + s.length, 0)
console.log(paceTable(plan))
console.log(`
Read at ${plan.rate} syllables a minute the notes take ${clock(syllables / plan.rate * 60)}; the talk is ${clock(plan.duration)}.
Slides without notes get ${SHOWN_ONLY_SECONDS} s; the others share the rest in proportion to their notes (${plan.scale.toFixed(2)}× their reading time).
Rate: ${RATE_SOURCE}.`)
