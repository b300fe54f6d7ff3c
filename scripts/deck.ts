/** The talk's folder and its deck as the kit parses it, for the talk's scripts, bench and tests. */
import { fileURLToPath } from 'node:url'
import { loadTalk } from 'slidev-addon-talk-kit/talk'

/** The talk's folder, ending with a separator. */
export const root = fileURLToPath(new URL('..', import.meta.url))

/** An edition of the talk as the kit reads it (the Korean one, slides.md, by default). */
export function kitTalk(entry = 'slides.md') {
  return loadTalk(`${root}${entry}`, root)
}

/** An edition's deck (the Korean one by default), parsed by Slidev's parser. */
export async function loadDeck(entry?: string) {
  return (await kitTalk(entry)).deck
}
