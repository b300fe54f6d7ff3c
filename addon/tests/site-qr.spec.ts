// Which builds show the reading page's address as a QR code (node/site-qr.ts): only a build with a
// download (it writes the page) that knows the site's address; the address is the reading page's
// under the site's root, whatever the deck's router.
import { expect, test } from '@playwright/test'
import { qrTarget, shortAddress } from '../node/site-qr.ts'

test('a build with a download and an address shows the reading page\'s address', () => {
  expect(qrTarget('build', '/', true, { SITE_URL: 'https://talk.example.org' })).toBe('https://talk.example.org/read/')
  expect(qrTarget('build', '/talk/', 'auto', { SITE_URL: 'https://someone.github.io/talk' })).toBe('https://someone.github.io/talk/read/')
  expect(shortAddress('https://talk.example.org/read/')).toBe('talk.example.org/read')
})

test('no code without a download, without an address, or outside a build (the dev server, an export)', () => {
  expect(qrTarget('build', '/', false, { SITE_URL: 'https://talk.example.org' })).toBeUndefined()
  expect(qrTarget('build', '/', undefined, { SITE_URL: 'https://talk.example.org' })).toBeUndefined()
  expect(qrTarget('build', '/', true, {})).toBeUndefined()
  expect(qrTarget('serve', '/', true, { SITE_URL: 'https://talk.example.org' })).toBeUndefined()
})
