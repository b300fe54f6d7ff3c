// The browser finder (addon/node/browser.ts) on the presenter's own laptop: it finds the Chrome or Edge
// that Windows and macOS machines already have, wherever they were installed, on a stand-in machine.
import type { Machine } from '../node/browser.ts'
import { statSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { findBrowser } from '../node/browser.ts'

/** A machine of `platform` on which only `installed` exist. */
function machine(platform: NodeJS.Platform, installed: string[], env: NodeJS.ProcessEnv = {}): Machine {
  return { platform, env, exists: path => installed.includes(path) }
}

const windowsEnv = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\minji\\AppData\\Local' }
const perUserChrome = 'C:\\Users\\minji\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'

test('on Windows: Chrome installed for the user alone, else the Edge every Windows has', () => {
  expect(findBrowser(machine('win32', [edge, perUserChrome], windowsEnv))).toBe(perUserChrome)
  expect(findBrowser(machine('win32', [edge], windowsEnv))).toBe(edge)
})

test('on macOS: Chrome in the user\'s own Applications folder, or Edge', () => {
  const own = '/Users/presenter/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
  expect(findBrowser(machine('darwin', [own], { HOME: '/Users/presenter' }))).toBe(own)
  const macEdge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
  expect(findBrowser(machine('darwin', [macEdge], { HOME: '/Users/presenter' }))).toBe(macEdge)
})

test('on Linux: Debian\'s headless shell where it is installed beside Chromium (nothing here shows a window), else Chromium', () => {
  const shell = findBrowser(machine('linux', ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']))
  // started through the kit's launcher, which sets the text layout a desktop browser uses
  expect(shell).toMatch(/[/\\]headless-shell\.sh$/)
  // (Windows has no executable bit, and never picks the launcher)
  if (process.platform !== 'win32')
    expect(statSync(shell).mode & 0o111, 'the launcher is executable').not.toBe(0)
  expect(findBrowser(machine('linux', ['/usr/bin/chromium']))).toBe('/usr/bin/chromium')
})

test('CHROMIUM_PATH wins; a wrong one, or no browser anywhere, is a clear error naming what was tried', () => {
  expect(findBrowser(machine('linux', ['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' }))).toBe('/opt/chrome')
  // Debian's headless shell named by CHROMIUM_PATH is started through the launcher all the same
  expect(findBrowser(machine('linux', ['/usr/bin/chromium-headless-shell'], { CHROMIUM_PATH: '/usr/bin/chromium-headless-shell' }))).toMatch(/headless-shell\.sh$/)
  expect(() => findBrowser(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/none' }))).toThrow('CHROMIUM_PATH=/opt/none (no such file)')
  expect(() => findBrowser(machine('win32', [], windowsEnv))).toThrow(/No Chrome, Chromium or Edge browser was found[\s\S]*msedge\.exe[\s\S]*CHROMIUM_PATH=/)
})
