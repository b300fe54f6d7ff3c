import { TRUST_ORIGINS } from '@slidev/client/constants.ts'
import { syncDirections } from '@slidev/client/state/storage.ts'

/**
 * Remote mode (`npm run remote`): a presenter view on another device (the phone) takes no slide
 * changes from audience windows; it alone drives.
 * Works around Slidev 52.20.1: an audience window on a trusted host (`localhost`: the laptop's
 * projector window) also writes its slide into the shared state (`setup/root.ts`,
 * `updateSharedState`), so each time it follows the phone it sends that slide back. On a busy laptop
 * the echo reaches the phone after its next key and moves the phone back a slide; the projector,
 * which ignores other audience windows, then stays behind. Slidev's only switch for this is its sync
 * settings (the nav bar's sync control), set here for that device's presenter view.
 * tests/remote.spec.ts fails when the phone follows the laptop's window again.
 */
export function presenterIgnoresAudienceWindows(remote: unknown): void {
  if (remote && !TRUST_ORIGINS.includes(location.hostname))
    syncDirections.value.presenterReceive = false
}
