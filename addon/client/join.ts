import type { SiteQr } from '../shared/site-qr'
import { reactive } from 'vue'

/**
 * The room's join code in remote mode with viewers: the projector window, opened at the address
 * `npm run remote -- --viewers` prints (`?join=<the gate's port>`), shows on the `j` key a QR code
 * of the address viewers watch at, as the gate reports it (`/__join`, node/remote-gate.ts).
 */
export const join = reactive({ shown: false, code: undefined as SiteQr | undefined })

const KEY = 'talk-kit-join-port'

export function offerJoinCode(): void {
  const asked = new URLSearchParams(location.search).get('join')
  if (asked && /^\d+$/.test(asked))
    sessionStorage.setItem(KEY, asked)
  const port = sessionStorage.getItem(KEY)
  if (!port)
    return
  fetch(`http://${location.hostname}:${port}/__join`)
    .then(async r => r.ok ? join.code = await r.json() as SiteQr : undefined)
    .catch(() => {})
}

export function toggleJoinCode(): void {
  join.shown = !join.shown && join.code !== undefined
}
