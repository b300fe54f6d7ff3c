/**
 * What the slides cite and quote, as the audience sees it, gathered slide by slide during a walk
 * (rehearsal.spec.ts, test-slide.ts): every page a slide cites is on the sources slides, every listed
 * page is cited on a slide, a source whose title could not be confirmed is listed as a description
 * (never in title marks), and the essay quoted on a slide is the essay's own words.
 */
import type { Locator } from '@playwright/test'
import type { Lang } from '../utils/lang.ts'
import { deckSources } from '../data/index.ts'
import { EDITIONS, essayText, loadDeck } from './deck.ts'
import { expect } from './fixtures.ts'

const decks = Object.fromEntries(await Promise.all(EDITIONS.map(async e => [e.lang, await loadDeck(e.entry)] as const))) as Record<Lang, Awaited<ReturnType<typeof loadDeck>>>
const essays = Object.fromEntries(EDITIONS.map(e => [e.lang, essayText(e.lang).replace(/\s+/g, ' ')])) as Record<Lang, string>
/** How each edition marks a paraphrase of the essay, and a source listed by our description of it. */
const MARKS = { ko: { paraphrase: '에세이 요약', described: '설명:' }, en: { paraphrase: 'the essay, summarised', described: 'Description:' } } as const satisfies Record<Lang, object>

/** Addresses of the citations shown on the slide (source lines, source notes, fact-check citations). */
const CITED = '.source-line a[href^="http"], .source-note a[href^="http"], .fact-check a[href^="http"]'

export class Citations {
  constructor(private readonly lang: Lang = 'ko') {}

  private isSourcesSlide(no: number): boolean {
    return decks[this.lang].slides[no - 1]!.content.includes('<SourceList')
  }

  private cited = new Map<string, number[]>()
  private listed: string[] = []
  private described: string[] = []
  private quotes = 0

  /**
   * Reads slide `no` at its last click, once it is shown (`slideShown`: its own layout is in, and a
   * slide's components and source lines come in its own chunk, rendered with it).
   */
  async read(slide: Locator, no: number): Promise<void> {
    if (this.isSourcesSlide(no)) {
      await expect(slide.locator('.source-list li').first()).toBeVisible()
      this.listed.push(...await slide.locator('.source-list a').evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href)))
      this.described.push(...await slide.locator('.source-title.is-described').allTextContents())
      return
    }
    for (const href of await slide.locator(CITED).evaluateAll(as => as.map(a => (a as HTMLAnchorElement).href)))
      this.cited.set(href, [...(this.cited.get(href) ?? []), no])
    for (const text of await slide.locator('[data-essay-quote]').allTextContents()) {
      this.quotes++
      expect.soft(essays[this.lang], `slide ${no}: “${text}” is not the essay's words`).toContain(text.replace(/\s+/g, ' ').trim())
    }
    for (const text of await slide.locator('[data-essay-paraphrase]').allTextContents())
      expect.soft(text, `slide ${no}: a paraphrase says so`).toContain(MARKS[this.lang].paraphrase)
  }

  /** After every slide is read: the lists match both ways, and the walk found what it should. */
  verify(): void {
    expect.soft(this.quotes, 'essay quotes found on the slides').toBeGreaterThan(5)
    expect.soft(this.listed.length, 'the sources slides list pages').toBeGreaterThan(10)
    expect.soft(new Set(this.listed).size, 'no page listed twice').toBe(this.listed.length)
    const notListed = [...this.cited.keys()].filter(u => !this.listed.includes(u)).map(u => `${u} (slide ${this.cited.get(u)!.join(', ')})`)
    expect.soft(notListed, 'cited on a slide but not on the sources slides').toEqual([])
    expect.soft(this.listed.filter(u => !this.cited.has(u)), 'listed but cited on no slide').toEqual([])
    expect.soft(this.described.length, 'sources listed as a description').toBeGreaterThan(0)
    this.verifyDescriptions()
  }

  /**
   * After a walk over some slides only: what they cite, and what a sources slide among them lists,
   * is on the sources slides' list (data/index.ts `deckSources`, which those slides show).
   */
  verifySome(): void {
    const onTheList = new Set(deckSources.map(s => new URL(s.url).href))
    const notListed = [...this.cited.keys()].filter(u => !onTheList.has(u)).map(u => `${u} (slide ${this.cited.get(u)!.join(', ')})`)
    expect.soft(notListed, 'cited on a slide but not on the sources slides').toEqual([])
    expect.soft(this.listed.filter(u => !onTheList.has(u)), 'listed on a sources slide but not among the pages the slides cite').toEqual([])
    expect.soft(new Set(this.listed).size, 'no page listed twice').toBe(this.listed.length)
    this.verifyDescriptions()
  }

  private verifyDescriptions(): void {
    expect.soft(this.described.filter(t => !t.trim().startsWith(MARKS[this.lang].described) || /[「」]/.test(t)), 'descriptions that do not say so, or wear title marks').toEqual([])
  }
}
