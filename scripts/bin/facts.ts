/**
 * `npm run facts [-- --on YYYY-MM-DD] [--max-age DAYS]`: lists the deck's claims about states that can
 * change (data/checked.ts) with the day each was checked and its sources, and marks those checked
 * more than --max-age days (default 30) before the talk (--on, default today). Run it before a talk.
 * A bad flag is an error (exit 2); the list itself exits 0.
 */
import { checkedClaims, factsCheckedOn } from '../../data/checked.ts'
import { factsOptions, factsReport, FactsUsageError, markClaims, usage } from '../facts.ts'

try {
  const options = factsOptions(process.argv.slice(2))
  console.log(factsReport(markClaims(checkedClaims, options), options, factsCheckedOn))
}
catch (e) {
  if (!(e instanceof FactsUsageError))
    throw e
  console.error(`${e.message}\n${usage}`)
  process.exit(2)
}
