// The npm scripts from a folder named the way a Korean presenter names one (Hangul and a space):
// they do their job there (the artefacts setup exports a range of the example deck there:
// example.spec.ts), and a command that cannot do its job says why and exits non-zero.
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { freePort, npm, npmServer } from './npm.ts'
import { copyDir } from './project-copy.ts'
import { sites } from './sites.ts'

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
  const cases = [
    { args: ['run', 'serve', '--', '--dir', 'no-such-build'], says: /no-such-build.index\.html not found: run `npm run build` first/ },
    { args: ['run', 'serve', '--', '--port', 'eighty'], says: /--port eighty is not a port number/ },
    { args: ['run', 'serve', '--', '--port', '6000'], says: /browsers refuse to open a page on port 6000/ },
    { args: ['run', 'remote', '--', '--port'], says: /Usage: npm run remote \[-- <password>\]/ },
    { args: ['run', 'remote', '--', 'short'], says: /a password of 8 characters or more/ },
    { args: ['run', 'remote', '--', 'rehearsal-2025', '3031'], says: /to choose the port, write --port 3031/ },
    { args: ['run', 'remote', '--', 'my', 'talk', 'password'], says: /one word, with no spaces: this command was given 3 words/ },
    { args: ['run', 'remote', '--', 'rehearsal-2025', '--port', '1'], says: /browsers refuse to open a page on port 1\b/ },
    { args: ['run', 'export', '--', '--format', 'docx'], says: /Invalid values:[\s\S]*format/ },
    { args: ['run', 'export', '--', '--range', '0'], says: /--range 0: slide 0 is not in the deck\. The deck has slides 1 to \d+/ },
    { args: ['run', 'export', '--', '--range', '3,999'], says: /--range 3,999: slide 999 is not in the deck/ },
  ]
  // each starts a Node process or two: all at once, and the slowest sets the time
  test.setTimeout(2 * 60_000)
  const results = await Promise.all(cases.map(c => npm(c.args, copyDir)))
  for (const [i, c] of cases.entries()) {
    expect(results[i]!.code, `npm ${c.args.join(' ')}`).not.toBe(0)
    expect(results[i]!.output, `npm ${c.args.join(' ')}`).toMatch(c.says)
  }
})
