// The npm scripts from a folder named the way a Korean presenter names one (Hangul and a space):
// they do their job there, and a command that cannot do its job says why and exits non-zero.
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeck } from './deck.ts'
import { freePort, npm, npmServer } from './npm.ts'
import { pdfPages } from './pdf.ts'
import { copyDir } from './project-copy.ts'
import { artifacts, sites } from './sites.ts'

const slides = (await loadDeck()).slides.length

test('`npm run export` in a folder named "발표 자료" writes the PDF, one page per slide', () => {
  // made by the artefacts setup, in that folder, with the project's own command
  expect(artifacts.pdf.file).toContain(join('발표 자료', 'pandora-or-seeds.pdf'))
  expect(pdfPages(artifacts.pdf.file)).toBe(slides)
})

test('`npm run serve` in a folder named "발표 자료" serves the site, deep links too', async ({ request }) => {
  cpSync(sites.root.dir, join(copyDir, 'dist'), { recursive: true })
  const port = await freePort()
  const server = npmServer(['run', 'serve', '--', '--dir', 'dist', '--port', String(port)], copyDir)
  try {
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain(`http://localhost:${port}/`)
    for (const path of ['', '7']) {
      const res = await request.get(`http://localhost:${port}/${path}`)
      expect(res.status(), `/${path}`).toBe(200)
      expect(await res.text()).toContain('<div id="app"')
    }
  }
  finally {
    await server.stop()
  }
})

test('a command that cannot do its job says why and exits non-zero', async () => {
  // two exports of the deck among them: more than the default minute on two busy cores
  test.setTimeout(4 * 60_000)
  const cases = [
    { args: ['run', 'serve', '--', '--dir', 'no-such-build'], says: /no-such-build.index\.html not found: run `npm run build` first/ },
    { args: ['run', 'serve', '--', '--port', 'eighty'], says: /--port eighty is not a port number/ },
    { args: ['run', 'remote'], says: /Usage: npm run remote -- <password>/ },
    { args: ['run', 'export', '--', '--format', 'docx'], says: /Invalid values:[\s\S]*format/ },
    // Slidev writes this PPTX, empty, and exits 0: the command reads it back, tries once more, and fails
    { args: ['run', 'export:pptx', '--', '--range', '999', '--output', 'empty'], says: /trying once more[\s\S]*empty\.pptx holds 0 slides/ },
  ]
  for (const c of cases) {
    const result = await npm(c.args, copyDir)
    expect(result.code, `npm ${c.args.join(' ')}`).not.toBe(0)
    expect(result.output, `npm ${c.args.join(' ')}`).toMatch(c.says)
  }
})
