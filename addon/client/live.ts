import type { AppContext } from '@slidev/types'
import { reactive } from 'vue'

/**
 * A built deck that follows a talk live: remote mode serves its viewers the build with
 * `<meta name="talk-kit-live" content="/__live">` (`node/remote-gate.ts`), and this follows the
 * slide and click that feed announces (server-sent events: a built deck has no socket to Slidev).
 * A viewer who moves on their own stops following; `backToLive` takes them back.
 */
export const live = reactive({
  /** whether this page follows a talk at all */
  on: false,
  /** whether it shows the talk's slide now, rather than one the viewer went to */
  following: true,
  backToLive: () => {},
})

interface Position { page: number, clicks: number }

export function followLive(router: AppContext['router']): void {
  const feed = document.querySelector<HTMLMetaElement>('meta[name="talk-kit-live"]')?.content
  if (!feed)
    return
  live.on = true
  let latest: Position | undefined
  const shows = (to: { params: Record<string, unknown>, query: Record<string, unknown> }, p: Position) =>
    Number(to.params.no) === p.page && Number(to.query.clicks ?? 0) === p.clicks
  /** navigations this module started and that have not ended */
  let steering = 0
  const show = () => {
    if (!latest || latest.page < 1 || shows(router.currentRoute.value, latest))
      return
    steering++
    void router.replace({ path: `/${latest.page}`, query: latest.clicks ? { clicks: String(latest.clicks) } : {} }).finally(() => steering--)
  }
  // once the page's own first address is shown, any other address than the talk's is the
  // viewer's own step (a key, a tap, a swipe)
  void router.isReady().then(() => {
    router.afterEach((to) => {
      if (!steering && live.following && latest && latest.page >= 1 && to.name === 'play' && !shows(to, latest))
        live.following = false
    })
    show()
  })
  live.backToLive = () => {
    live.following = true
    show()
  }
  new EventSource(feed).addEventListener('message', (event: MessageEvent<string>) => {
    latest = JSON.parse(event.data) as Position
    if (live.following)
      show()
  })
}
