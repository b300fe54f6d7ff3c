import { defineShortcutsSetup } from '@slidev/types'
import { toggleJoinCode } from '../client/join'

/**
 * One press, one step. Slidev (client/logic/shortcuts.ts) repeats a navigation key by its
 * own timer: if the key still reads as down 1 s after the press, it steps again, then every 250 ms.
 * On a busy machine the release can reach the page that late, and one press moved two slides (seen
 * in CI, tests/present.spec.ts holds a key 3 s by the page's clock). Holding a key no longer runs
 * through the talk; presses and a clicker step as before.
 */
export default defineShortcutsSetup((_nav, base) => [
  ...base.map(s => s.autoRepeat ? { ...s, autoRepeat: false } : s),
  // remote mode with viewers: the room's join code on the projector (addon/client/join.ts)
  { name: 'talk-kit:join-code', key: 'j', fn: toggleJoinCode, autoRepeat: false },
])
