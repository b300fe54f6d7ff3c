/**
 * `TALK_KIT_WITHOUT=feature-drops,chunks slidev build`: a build with the named first-load patches left
 * out, so that a benchmark can measure what each one buys (`npm run bench -- --patches`) and the
 * deck drops those it does without. Names, not plugin names: `feature-drops` is the
 * `deck-lean-first-load` plugin (its PATCHES and LEFT_OUT checks) as a whole.
 */
import type { Plugin } from 'vite'

const PLUGIN_OF = {
  'feature-drops': 'deck-lean-first-load',
  'chunks': 'deck-chunks',
} as const

export type PatchName = keyof typeof PLUGIN_OF
export const PATCH_NAMES = Object.keys(PLUGIN_OF) as PatchName[]

const isPatchName = (name: string): name is PatchName => Object.hasOwn(PLUGIN_OF, name)

/** The patches a comma-separated list names; an unknown name throws (a typo must not measure the full deck). */
function patchesLeftOut(list = process.env.TALK_KIT_WITHOUT ?? ''): PatchName[] {
  const names = list.split(',').map(n => n.trim()).filter(Boolean)
  const unknown = names.filter(n => !isPatchName(n))
  if (unknown.length)
    throw new Error(`TALK_KIT_WITHOUT: no patch named ${unknown.map(n => `"${n}"`).join(', ')}; the patches are ${PATCH_NAMES.join(', ')}`)
  return names as PatchName[]
}

/** The addon's plugins without those TALK_KIT_WITHOUT names. */
export function withoutPatches(plugins: (Plugin | Plugin[])[]): Plugin[] {
  const all = plugins.flat()
  const left = patchesLeftOut()
  // a patch whose plugin was renamed would otherwise be left in without a word
  const missing = left.filter(name => !all.some(p => p.name === PLUGIN_OF[name]))
  if (missing.length)
    throw new Error(`TALK_KIT_WITHOUT: no plugin ${missing.map(n => PLUGIN_OF[n]).join(', ')} in addon/vite.config.ts to leave out; update addon/node/without.ts`)
  if (left.length)
    console.warn(`talk-kit: TALK_KIT_WITHOUT leaves out ${left.join(', ')}, for measuring only`)
  const dropped = new Set<string>(left.map(name => PLUGIN_OF[name]))
  return all.filter(p => !dropped.has(p.name))
}
