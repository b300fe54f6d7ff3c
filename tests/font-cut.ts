/**
 * Whether what a page draws in the deck's font is inside the font cut, read from the page.
 * `document.fonts.check` cannot tell: it is true for a character no face holds, as nothing is
 * left to load. The walks that visit the slides (rehearsal.spec.ts) and the notes call these.
 */
import type { Locator, Page } from '@playwright/test'
import { SCREEN_FAMILY } from 'slidev-addon-talk-kit/font'

/** What a part of the page draws: in the deck's font (its characters and weights), and in any other font, by family. */
export interface Drawn { chars: string, weights: number[], elsewhere: Record<string, string> }

/**
 * The characters a part of the page draws in the deck's font: text nodes of rendered elements and
 * generated content, where the element's font list starts with the deck's family (Slidev's
 * controls use the system font), with the weights they are drawn in.
 */
export function drawnInDeckFont(root: Locator): Promise<Drawn> {
  return root.evaluate((root, family) => {
    const chars = new Set<string>()
    const weights = new Set<number>()
    const elsewhere: Record<string, string> = {}
    const familyOf = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo).fontFamily.replace(/["']/g, '').split(',')[0]!.trim()
    const add = (text: string, el: Element, pseudo?: string) => {
      if (!text.trim())
        return
      const used = familyOf(el, pseudo)
      if (used !== family) {
        // not left out unseen: the caller says which other fonts may draw what
        elsewhere[used] = [...new Set((elsewhere[used] ?? '') + text.replace(/\s/g, ''))].join('')
        return
      }
      for (const ch of text) {
        if (ch.codePointAt(0)! > 0x20)
          chars.add(ch)
      }
      weights.add(Number(getComputedStyle(el, pseudo).fontWeight))
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (el?.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        add(node.textContent ?? '', el)
    }
    for (const el of root.querySelectorAll('*')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      for (const pseudo of ['::before', '::after']) {
        // the drawn string: `"→ "`, or `"→ " / ""` with a text alternative after it
        const drawn = /^"(?:[^"\\]|\\.)*"/.exec(getComputedStyle(el, pseudo).content)?.[0]
        if (drawn)
          add(JSON.parse(drawn) as string, el, pseudo)
      }
    }
    return { chars: [...chars].join(''), weights: [...weights], elsewhere }
  }, SCREEN_FAMILY)
}

/**
 * The characters no face of the cut holds, by each face's unicode-range: the deck's family's
 * @font-face rules in the page's stylesheets, less Pretendard's dynamic-subset slices, which the dev
 * server declares first as a fallback while editing (any character is in one of them).
 */
export function outsideTheCut(page: Page, chars: string): Promise<string[]> {
  return page.evaluate(({ chars, family }) => {
    const faces: CSSFontFaceRule[] = []
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSFontFaceRule)
          faces.push(rule)
        else if (rule instanceof CSSImportRule && rule.styleSheet)
          collect(rule.styleSheet.cssRules)
        else if (rule instanceof CSSGroupingRule)
          collect(rule.cssRules)
      }
    }
    for (const sheet of document.styleSheets) collect(sheet.cssRules)
    const ranges = faces
      .filter(f => f.style.getPropertyValue('font-family').replace(/["']/g, '').trim() === family && !f.style.getPropertyValue('src').includes('dynamic-subset'))
      .flatMap(f => (f.style.getPropertyValue('unicode-range') || 'U+0-10FFFF').split(',').map((r) => {
        const [lo, hi] = r.trim().replace(/^U\+/i, '').split('-').map(h => Number.parseInt(h, 16))
        return [lo!, hi ?? lo!] as const
      }))
    return [...chars].filter((ch) => {
      const cp = ch.codePointAt(0)!
      return !ranges.some(([lo, hi]) => cp >= lo && cp <= hi)
    })
  }, { chars, family: SCREEN_FAMILY })
}

/**
 * Width of `text` in the deck's font and in the browser's fallback alone, once the deck's faces for
 * it have loaded: equal widths mean the deck's font drew nothing.
 */
export function widthsWithAndWithoutDeckFont(page: Page, text: string): Promise<{ deck: number, fallback: number, loaded: boolean }> {
  return page.evaluate(async ({ t, family }) => {
    await document.fonts.load(`48px "${family}"`, t)
    const ctx = document.createElement('canvas').getContext('2d')!
    ctx.font = `48px "${family}", monospace`
    const deck = ctx.measureText(t).width
    ctx.font = '48px monospace'
    return { deck, fallback: ctx.measureText(t).width, loaded: document.fonts.check(`48px "${family}"`, t) }
  }, { t: text, family: SCREEN_FAMILY })
}
