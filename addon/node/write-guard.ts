/**
 * A guard in front of Slidev's dev server: `npm run dev`, the exporter's own server, and the
 * loopback server behind the remote gate. Slidev writes the talk on request (a slide's file,
 * `/__slidev/slides/N.json`; the state every window follows, `/@server-ref/…` and
 * `/@server-reactive/…`; its MCP tools) and Vite opens an editor on `/__open-in-editor`, and none
 * of them asks where a request comes from or what its body holds. A page open in the presenter's
 * browser may POST anywhere (a no-cors request needs no permission), so any web page could rewrite
 * the slides or move the projector. Before every other middleware, this guard lets through:
 * - a write (any method but GET, HEAD and OPTIONS), or a call of the editor launcher, only from this
 *   server's own origin. Browsers name the page's origin (`Origin`) on every write; a request that
 *   carries neither `Origin` nor `Sec-Fetch-Site` comes from no page (a tool on this computer, such
 *   as an MCP client, or the remote gate, which names this origin for a signed-in phone);
 * - no path naming `__proto__`, `constructor` or `prototype`: the state endpoints set the key a
 *   path names in a plain object;
 * - for the JSON endpoints, a body within the size Slidev's own pages send, that parses, with none
 *   of those three keys: their readers have no limit, walk the keys with `for…in`, and reject a
 *   malformed body inside an async middleware.
 * Cross-origin reads are off too (`server.cors: false`: Vite's default lets any localhost page read
 * the dev server's answers).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Connect, Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import getRawBody from 'raw-body'
import { cwdRoot } from './talk.ts'

const KiB = 1024
const MiB = 1024 * KiB
/** What an object's keys must never be: each reaches `Object.prototype` through `obj[key]`. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** A write to an endpoint that is not JSON (MCP): refused when it says it is larger than this. */
const OTHER_BODY_LIMIT = 64 * KiB

/** The JSON endpoints Slidev's pages post to, and the largest body each sends. */
const JSON_ENDPOINTS: readonly { path: RegExp, limit: number }[] = [
  // the side editor posts a slide's whole source
  { path: /^\/__slidev\/slides\/\d+\.json$/, limit: MiB },
  // a drawing's strokes; the overview's pictures of the slides
  { path: /^\/@server-re(?:f|active)\/drawings$/, limit: MiB },
  { path: /^\/@server-re(?:f|active)\/snapshots$/, limit: 4 * MiB },
  // the slide and click every window follows, and any other shared state
  { path: /^\/@server-re(?:f|active)\//, limit: 8 * KiB },
]

/**
 * Where Slidev's client names the endpoints this guard reads bodies for: if a Slidev version
 * renames them, the guard would stop reading those bodies without a sound, so the dev server
 * stops at start instead.
 */
const SLIDEV_ENDPOINTS = [
  { file: 'composables/useSlideInfo.ts', text: '/__slidev/slides/' },
  { file: 'state/shared.ts', text: 'server-reactive:nav' },
]

interface Refusal { status: number, reason: string }

const safeMethod = (method = 'GET') => method === 'GET' || method === 'HEAD' || method === 'OPTIONS'

/** Whether a request comes from a page of another origin than this server's (see the rules above). */
function foreign(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin
  const site = req.headers['sec-fetch-site']
  if (origin === undefined)
    return site === undefined || site === 'same-origin' || site === 'none' ? undefined : `a ${site} page`
  const own = `${'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'}://${req.headers.host}`
  return origin === own ? undefined : origin
}

/** The path's parts as a state key or a file name splits them, decoded. */
function pathParts(pathname: string): string[] {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  }
  catch {}
  return `${pathname}/${decoded}`.split(/[/.]/)
}

/** What this guard refuses before reading a body, or undefined. */
function refusal(req: IncomingMessage): Refusal | undefined {
  const url = new URL(req.url ?? '/', 'http://guard')
  if (pathParts(url.pathname).some(part => PROTOTYPE_KEYS.has(part)))
    return { status: 400, reason: 'a path naming a prototype key' }
  const writes = !safeMethod(req.method)
  const editor = url.pathname === '/__open-in-editor'
  if (!writes && !editor)
    return undefined
  const from = foreign(req)
  if (from !== undefined)
    return { status: 403, reason: `a ${editor ? 'call of the editor launcher' : 'write'} from ${from}` }
  // the editor launcher is called by Slidev's own page with a same-origin fetch, never by a tool
  if (editor && req.headers.origin === undefined && req.headers['sec-fetch-site'] !== 'same-origin')
    return { status: 403, reason: 'a call of the editor launcher from no page of this server' }
  if (writes && !jsonLimit(url.pathname) && Number(req.headers['content-length'] ?? 0) > OTHER_BODY_LIMIT)
    return { status: 413, reason: `a body over ${OTHER_BODY_LIMIT / KiB} KiB` }
  return undefined
}

/** The size limit of a JSON endpoint's body, or undefined for a path that is none. */
function jsonLimit(pathname: string): number | undefined {
  return JSON_ENDPOINTS.find(e => e.path.test(pathname))?.limit
}

/** Why a JSON body is refused, or undefined: it must parse, and no key may be a prototype key. */
function badJson(text: string): string | undefined {
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (PROTOTYPE_KEYS.has(key))
        throw new TypeError(`the key "${key}"`)
      return value
    })
    return undefined
  }
  catch (e) {
    return e instanceof TypeError ? `a body with ${e.message}` : 'a body that is not JSON'
  }
}

/**
 * Hands a body this guard has read to the middleware that reads it next, as the request's own
 * 'data' and 'end', once that reader has attached its listeners (it does so in one go).
 */
function replay(req: IncomingMessage, body: Buffer) {
  const onListener = (event: string | symbol) => {
    if (event !== 'data')
      return
    req.off('newListener', onListener)
    setImmediate(() => {
      req.emit('data', body)
      req.emit('end')
    })
  }
  req.on('newListener', onListener)
}

function refuse(res: ServerResponse, { status, reason }: Refusal) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'connection': 'close' })
  res.end(`Refused: ${reason}.\n`)
}

/** The guard as a middleware; `warn` hears each refusal once per reason and origin. */
export function writeGuardMiddleware(warn: (line: string) => void = console.warn): Connect.NextHandleFunction {
  const warned = new Set<string>()
  const refuseAndSay = (req: IncomingMessage, res: ServerResponse, r: Refusal) => {
    const line = `talk-kit: refused ${req.method} ${new URL(req.url ?? '/', 'http://guard').pathname} (${r.status}): ${r.reason}`
    if (!warned.has(line)) {
      warned.add(line)
      warn(line)
    }
    refuse(res, r)
  }
  return (req, res, next) => {
    const refused = refusal(req)
    if (refused)
      return refuseAndSay(req, res, refused)
    const limit = safeMethod(req.method) ? undefined : jsonLimit(new URL(req.url ?? '/', 'http://guard').pathname)
    if (limit === undefined)
      return next()
    getRawBody(req, { limit, length: req.headers['content-length'] }).then((body) => {
      const bad = badJson(body.toString('utf8'))
      if (bad)
        return refuseAndSay(req, res, { status: 400, reason: bad })
      replay(req, body)
      next()
    }, (e: { status?: number, type?: string }) => {
      refuseAndSay(req, res, e.type === 'entity.too.large'
        ? { status: 413, reason: `a body over ${limit / KiB} KiB` }
        : { status: e.status ?? 400, reason: 'a body that could not be read' })
    })
  }
}

/** Stops the dev server at start when Slidev's client no longer names an endpoint the guard reads. */
function checkEndpoints() {
  const client = join(createRequire(join(cwdRoot(), 'package.json')).resolve('@slidev/client/package.json'), '..')
  for (const { file, text } of SLIDEV_ENDPOINTS) {
    let source = ''
    try {
      source = readFileSync(join(client, file), 'utf8')
    }
    catch {}
    if (!source.includes(text))
      throw new Error(`addon/node/write-guard.ts: Slidev's client no longer names "${text}" in ${file}. Check the guard's JSON_ENDPOINTS against this Slidev version.`)
  }
}

export function writeGuard(): Plugin {
  return {
    name: 'talk-kit-write-guard',
    config: () => ({ server: { cors: false } }),
    configureServer(server) {
      checkEndpoints()
      // first of all middlewares, Vite's own included: Slidev's are added before Vite's
      server.middlewares.stack.unshift({ route: '', handle: writeGuardMiddleware(line => server.config.logger.warn(line)) })
    },
  }
}
