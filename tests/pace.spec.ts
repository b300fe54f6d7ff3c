// The pace beside the presenter view's timer (addon/client/PacePanel.vue), on the built site: the
// test moves the page's clock, so a rehearsal of minutes takes no real time. That the projector's
// window shows none: the rehearsal's presenter walk.
import type { Locator, Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { clock } from 'slidev-addon-talk-kit/pace'
import { pacePlan } from 'slidev-addon-talk-kit/pace-plan'
import { kitTalk } from './deck.ts'
import { expect, slideShown, test } from './fixtures.ts'
import { drawnInDeckFont, outsideTheCut } from './font-cut.ts'
import { siteUrl } from './sites.ts'

const talk = await kitTalk()
const plan = pacePlan(talk)
const budget = (no: number) => plan.slides[no - 1]!.budget
const START = new Date('2027-03-10T10:00:00+09:00')

async function openPresenter(page: Page, no: number): Promise<Locator> {
  await page.goto(`${siteUrl('root')}presenter/${no}`)
  await slideShown(page, no)
  const pace = page.getByRole('region', { name: talk.words.pace.region })
  await expect(pace).toBeVisible()
  return pace
}

/** Starts Slidev's timer beside the pace: its play button (an icon, no name) shows while the pointer is over the timer. */
async function startTimer(page: Page): Promise<void> {
  const timer = page.locator('.slidev-presenter .group').filter({ has: page.locator('.font-mono') }).last()
  await timer.hover()
  await timer.locator('.group-not-hover\\:hidden > div').first().click()
}

async function nextSlide(page: Page, no: number) {
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(new RegExp(`/presenter/${no}$`))
}

test('the presenter view shows each slide\'s budget, the time spent, and the talk ahead or behind; the rehearsal is kept and downloads as CSV', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 })
  await page.clock.install({ time: START })
  const pace = await openPresenter(page, 1)
  // from here the page's time moves only when the test moves it
  await page.clock.pauseAt(new Date(START.getTime() + 60_000))
  const spent = pace.getByTestId('pace-spent')
  const talk = pace.getByTestId('pace-talk')
  await expect(pace.getByTestId('pace-budget')).toHaveText(clock(budget(1)))
  await expect(talk).toHaveText('타이머를 시작하면 잽니다')

  await startTimer(page)
  await page.clock.runFor(10_000)
  await expect(spent).toHaveText('0:10')
  await expect(talk).toHaveText('전체 제시간')

  // 30 s on the cover: over its budget, and the talk is behind by the difference
  await page.clock.runFor(20_000)
  const late = 30 - budget(1)
  await expect(spent).toHaveText('0:30')
  await expect(talk).toHaveText(`전체 ${clock(late)} 늦음`)
  await expect(talk).toHaveClass(/talk-pace--behind/)
  const behindColour = await talk.evaluate(el => getComputedStyle(el).color)
  // drawn in the deck's font, whose cut holds every word the region can show
  const drawn = await drawnInDeckFont(pace)
  expect(drawn.chars).toContain('늦')
  expect(await outsideTheCut(page, `${drawn.chars}제시간 빠름 지난 리허설 (일시정지) 타이머를 시작하면 잽니다`)).toEqual([])

  // slide 2 starts late by as much, then a minute on it leaves the talk ahead at slide 3
  await nextSlide(page, 2)
  await expect(pace.getByTestId('pace-budget')).toHaveText(clock(budget(2)))
  await expect(spent).toHaveText('0:00')
  await expect(talk).toHaveText(`전체 ${clock(late)} 늦음`)
  await page.clock.runFor(60_000)
  await nextSlide(page, 3)
  const early = budget(1) + budget(2) - 90
  expect(early, 'the plan gives slides 1 and 2 more than 90 s').toBeGreaterThan(5)
  await expect(talk).toHaveText(`전체 ${clock(early)} 빠름`)
  await expect(talk).toHaveClass(/talk-pace--ahead/)
  expect(await talk.evaluate(el => getComputedStyle(el).color), 'ahead and behind differ in colour as well as words').not.toBe(behindColour)
  await page.clock.runFor(5_000)

  // the rehearsal so far, in this browser and as a download
  const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('talk-kit-pace:'))?.[1])
  expect(JSON.parse(stored!).current.slice(0, 4)).toEqual([30_000, 60_000, 5_000, 0])
  const download = page.waitForEvent('download')
  await pace.getByRole('button', { name: '리허설 기록 CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\n')
  expect(csv[0]).toBe('slide,title,notes_syllables,budget_s,this_rehearsal_s,last_rehearsal_s')
  expect(csv).toHaveLength(plan.slides.length + 1)
  expect(csv[1]).toBe(`1,"${plan.slides[0]!.title}",${plan.slides[0]!.length},${budget(1)},30,`)
  expect(csv[3]!.split(',').slice(-2)).toEqual(['5', ''])

  // the next rehearsal (a new day, the page opened again) shows the last one's times beside the budgets
  // (the page closed first: while open, a running clock would count on slide 3)
  await page.goto('about:blank')
  await page.clock.resume()
  const again = await openPresenter(page, 1)
  await page.clock.pauseAt(new Date(START.getTime() + 86_400_000))
  await expect(again.getByTestId('pace-last')).toHaveText('0:30')
  await startTimer(page)
  await page.clock.runFor(12_000)
  await nextSlide(page, 2)
  await expect(again.getByTestId('pace-last')).toHaveText('1:00')
  await expect(again.getByTestId('pace-spent')).toHaveText('0:00')
  const record = JSON.parse((await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('talk-kit-pace:'))?.[1]))!)
  expect(record.last.slice(0, 3)).toEqual([30_000, 60_000, 5_000])
  expect(record.current.slice(0, 2)).toEqual([12_000, 0])
})
