/**
 * The slide and click the talk is on, read from Slidev's dev server as its own pages read it: the
 * shared state `nav` (vite-plugin-vue-server-ref's `/@server-reactive/nav`), then each change
 * as Slidev broadcasts it on Vite's socket. Whoever writes the state moves it: the phone's presenter
 * view in remote mode, or a presenter view on the laptop. Remote mode hands it to viewers of the
 * built deck, which has no socket of its own (`remote-gate.ts`, `client/live.ts`).
 *
 * It reads three things Slidev and Vite do not document: the token in Vite's client module, the
 * state in the `nav` module, and the socket event's shape. If one is gone, `onProblem` hears it
 * (remote mode stops): viewers would otherwise sit on the first slide without a word.
 */
import { WebSocket } from 'ws'

export interface LivePosition { page: number, clicks: number }

interface FeedOptions {
  upstreamPort: number
  onChange: (position: LivePosition) => void
  /** a reliance on Slidev's internals that no longer holds */
  onProblem: (message: string) => void
}

const RETRY_MS = 1000

/** The `page` and `clicks` of a state object or patch, where they are numbers. */
function positionOf(value: unknown): Partial<LivePosition> {
  const v = (value ?? {}) as Record<string, unknown>
  return {
    ...typeof v.page === 'number' ? { page: v.page } : {},
    ...typeof v.clicks === 'number' ? { clicks: v.clicks } : {},
  }
}

export function followSlidev({ upstreamPort, onChange, onProblem }: FeedOptions) {
  const base = `http://127.0.0.1:${upstreamPort}`
  let position: LivePosition = { page: 0, clicks: 0 }
  let socket: WebSocket | undefined
  let closed = false

  const update = (next: Partial<LivePosition>) => {
    const moved = { ...position, ...next }
    if (moved.page === position.page && moved.clicks === position.clicks)
      return
    position = moved
    onChange(position)
  }

  async function connect() {
    if (closed)
      return
    let client: string
    let state: string
    try {
      [client, state] = await Promise.all(['/@vite/client', '/@server-reactive/nav'].map(async path => (await fetch(`${base}${path}`)).text()))
    }
    catch {
      // Slidev not up yet, or restarting
      setTimeout(connect, RETRY_MS)
      return
    }
    const token = /wsToken = "([^"]+)"/.exec(client)?.[1]
    const initial = /reactive\((\{.*\})\)/.exec(state)?.[1]
    if (!token || !initial)
      return onProblem(`addon/node/live-feed.ts: ${token ? 'the shared state module no longer holds reactive({…})' : 'Vite\'s client no longer names its socket token (wsToken)'}; viewers cannot follow the talk. Check the feed against this Slidev and Vite.`)
    update(positionOf(JSON.parse(initial)))
    socket = new WebSocket(`ws://127.0.0.1:${upstreamPort}/?token=${token}`, ['vite-hmr'])
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type?: string, event?: string, data?: { key?: string, patch?: unknown, data?: unknown } }
      if (message.type === 'custom' && message.event === 'vue-server-ref' && message.data?.key === 'nav')
        update(positionOf(message.data.patch ?? message.data.data))
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      if (!closed)
        setTimeout(connect, RETRY_MS)
    })
  }
  void connect()

  return {
    current: () => position,
    close: () => {
      closed = true
      socket?.terminate()
    },
  }
}
