import type { Server, ServerResponse } from 'node:http'
/**
 * The built site served as a static host serves it, for the tests, the benchmark and `npm run
 * serve`: sirv for the files (with the SPA fallback to the nearest index.html up the path, as the
 * rules of a site with editions under folders read — en/7 gets en/index.html —, or a host's
 * 404.html without one), compression for gzip, and the build's base as a path prefix.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import compression from 'compression'
import sirv from 'sirv'

export interface ServeOptions { dir: string, base?: string, port: number, fallback?: boolean, gzip?: boolean }

/** A static host's caching: hashed build assets never change, pages are revalidated. */
export function cacheAsAHost(res: ServerResponse, pathname: string): void {
  res.setHeader('cache-control', pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
}

export function serve({ dir, base = '/', port, fallback = true, gzip = false }: ServeOptions): Promise<Server> {
  const root = resolve(dir)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const files = sirv(root, {
    dev: true, // files are read per request: a server started before the build serves it
    single: false,
    etag: true,
    setHeaders: cacheAsAHost,
  })
  const squeeze = compression({ filter: (req, res) => gzip && compression.filter(req, res) })
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under base')
      return
    }
    req.url = `/${url.pathname.slice(prefix.length)}${url.search}`
    squeeze(req as Parameters<typeof squeeze>[0], res as Parameters<typeof squeeze>[1], () => {
      files(req, res, () => {
        if (fallback) {
          // the nearest folder up the path with a page of its own: an edition's, else the site's
          const parts = url.pathname.slice(prefix.length).split('/').slice(0, -1)
          for (let n = parts.length; n >= 0; n--) {
            const page = join(root, ...parts.slice(0, n), 'index.html')
            if (existsSync(page) && !parts.slice(0, n).some(p => p === '..' || p.startsWith('.'))) {
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
              res.end(readFileSync(page))
              return
            }
          }
        }
        // no fallback: the host's own 404 page, as GitHub Pages serves it
        const notFound = join(root, '404.html')
        res.writeHead(404, { 'content-type': existsSync(notFound) ? 'text/html; charset=utf-8' : 'text/plain' })
        res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found')
      })
    })
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
