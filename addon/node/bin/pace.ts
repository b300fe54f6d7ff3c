/**
 * `talk-kit pace [--lang <edition>]`: each slide's time budget in the presenter view, from the
 * length of its notes at the reading rate of the deck's language (shared/words.ts), scaled to fill
 * the headmatter's duration (shared/pace.ts).
 */
import { clock, SHOWN_ONLY_SECONDS } from '../../shared/pace.ts'
import { pacePlan, paceTable } from '../pace.ts'
import { commandTalk } from '../talk.ts'

const { talk } = await commandTalk(process.argv.slice(2))
const plan = pacePlan(talk)
const spoken = plan.slides.reduce((a, s) => a + s.length, 0)
console.log(paceTable(plan))
console.log(`
Read at ${plan.rate.perMinute} ${plan.rate.unit} a minute the notes take ${clock(spoken / plan.rate.perMinute * 60)}; the talk is ${clock(plan.duration)}.
Slides without notes get ${SHOWN_ONLY_SECONDS} s; the others share the rest in proportion to their notes (${plan.scale.toFixed(2)}× their reading time).
Rate: ${plan.rate.source}.`)
