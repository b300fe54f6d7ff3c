import { WebSocket } from 'ws'

/**
 * Opens Vite's socket (`/?token=…`, protocol `vite-hmr`) as a script would. `outcome` is 'open', or
 * the HTTP status that refused it; `heard` collects what it receives.
 */
export function openSocket(base: string, options: { token?: string, cookie?: string, headers?: Record<string, string> } = {}) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/?token=${options.token ?? 'x'}`, ['vite-hmr'], { headers: { ...options.cookie ? { cookie: options.cookie } : {}, ...options.headers } })
  const heard: string[] = []
  socket.on('message', data => heard.push(String(data)))
  const outcome = new Promise<number | 'open'>((ok) => {
    socket.once('open', () => ok('open'))
    socket.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0))
    socket.once('error', () => ok(0))
  })
  return { socket, heard, outcome }
}
