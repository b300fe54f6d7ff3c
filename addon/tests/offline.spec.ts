// The service worker a finished build gets (node/offline.ts): it lists what a visitor's screen
// draws (a folder's page as the folder), not what only crawlers or printers fetch, nor another
// edition's files, and leaves another edition's addresses to that edition's own worker.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import { expect, test } from '@playwright/test'
import { writeServiceWorker } from '../node/offline.ts'

test('the list: the site\'s files, read/ as a folder; not the preview picture, print faces, PDF, host files or the English edition', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'))
  for (const f of ['index.html', 'assets/a.js', 'assets/pretendard-slides-x.woff2', 'assets/pretendard-print-400-x.woff2', 'read/index.html', 'preview.png', 'talk.pdf', '_redirects', '404.html', 'robots.txt', 'assets/a.js.map', 'en/index.html', 'en/assets/b.js']) {
    mkdirSync(dirname(join(dir, f)), { recursive: true })
    writeFileSync(join(dir, f), 'x')
  }
  const files = writeServiceWorker(dir, 'preview.png', ['en/'])
  expect(files).toEqual(['assets/a.js', 'assets/pretendard-slides-x.woff2', 'read/'])
  const source = readFileSync(join(dir, 'sw.js'), 'utf8')
  expect(() => new Script(source)).not.toThrow()
  expect(source).toContain('const OTHERS = ["en/"]')
  // its cache is named by its scope, so each edition's worker deletes its own old caches only
  expect(source).toMatch(/const PREFIX = 'deck:' \+ self\.registration\.scope/)
})
