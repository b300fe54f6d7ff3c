import type { Server } from 'node:http'
/** A small static server for the built site, used by the tests, the benchmark and `npm run serve`. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|manifest)|image\/svg)/

export interface ServeOptions { dir: string, base?: string, port: number, fallback?: boolean, gzip?: boolean }

export function serve({ dir, base = '/', port, fallback = true, gzip = false }: ServeOptions): Promise<Server> {
  const root = resolve(dir)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under base')
      return
    }
    const rel = decodeURIComponent(url.pathname.slice(prefix.length - 1))
    let file = join(root, normalize(rel))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    let status = 200
    if (!existsSync(file)) {
      if (!fallback) {
        const notFound = join(root, '404.html')
        status = 404
        if (!existsSync(notFound)) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
          return
        }
        file = notFound
      }
      else {
        file = join(root, 'index.html')
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    // hashed build assets never change: cache them as a static host would; pages are revalidated
    const immutable = /\/assets\//.test(file)
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' }
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
      createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res)
    }
    else {
      res.writeHead(status, { ...headers, 'content-length': String(statSync(file).size) })
      createReadStream(file).pipe(res)
    }
  })
  return new Promise((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      fail(e.code === 'EADDRINUSE'
        ? new Error(`Port ${port} is in use. Stop what holds it, or choose another: PORT=${port + 1} (or --port ${port + 1}).`)
        : e)
    })
    server.listen(port, '127.0.0.1', () => ok(server))
  })
}
