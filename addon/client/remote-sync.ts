import type { AppContext } from '@slidev/types'
import { sharedState } from '@slidev/client'

/**
 * Remote mode (`npm run remote`): only a presenter view (the phone) writes the slide everyone
 * shows; audience windows only follow it.
 * Works around Slidev: an audience window on a trusted host (`localhost`: the laptop's
 * projector window) also writes its slide and click into the shared state (`setup/root.ts`,
 * `updateSharedState`), after each navigation and whenever its slide's clicks settle. When it
 * follows the phone, that write can land after the phone's next key and put back the slide or click
 * it is leaving; the projector, which takes no orders from audience windows, then stays behind (seen
 * on a busy laptop). Slidev's only switch is its sync settings, kept in localStorage, which would
 * carry over to the next `npm run dev` on the same port. This switches off, for this page load
 * only, the state's upload (`$syncUp`, from vite-plugin-vue-server-ref) on every page but the
 * presenter view. tests/remote.spec.ts fails when the projector window writes the state again.
 */
export function onlyPresenterViewsDrive(remote: unknown, router: AppContext['router']): void {
  if (!remote)
    return
  const state = sharedState as typeof sharedState & { $syncUp?: boolean }
  router.beforeEach((to) => {
    state.$syncUp = to.name === 'presenter'
  })
}
