/**
 * The deck's font, named once: the family names, the package files, the weights and the fallbacks.
 * Imported by the font cut (addon/node/deck-font.ts), the charts, the handout, the bench and the tests;
 * `fonts:` in the headmatter repeats the screen family for Slidev (a test keeps the two equal).
 * Plain data, no Node or browser API: the browser bundle imports it too.
 *
 * Two cuts of Pretendard, both made at build start from the deck's own characters:
 * - screen: the variable font, in three unicode-range faces (cover, slides, notes) — one file
 *   draws every weight, the lightest thing to send to a phone;
 * - print: static instances, one per weight the slides use. Chromium writes a variable font into
 *   a PDF as Type 3 glyphs (unhinted, blurry in some readers, large); a static font goes in as a
 *   real subset font. Only a printing page names this family, so a visitor never fetches it.
 */

export const FONT_PACKAGE = 'pretendard'

/** The variable cut on screen. Pretendard's own name for its variable font. */
export const SCREEN_FAMILY = 'Pretendard Variable'
/** The static cut in print: the font's own name, so a PDF or PPTX reader that has it installed finds it. */
export const PRINT_FAMILY = 'Pretendard'

/** Korean system fonts that stand in while the deck's own face loads (or for a character it lacks). */
const FALLBACKS = ['Apple SD Gothic Neo', 'Noto Sans KR', 'sans-serif'] as const

const quote = (family: string) => /^[\w-]+$/.test(family) ? family : `'${family}'`
/** A CSS font-family list: the families, then the fallbacks. */
export const fontStack = (...families: string[]): string => [...families, ...FALLBACKS].map(quote).join(', ')

/** The variable font's file. */
export const VARIABLE_FILE = 'pretendard/dist/web/variable/woff2/PretendardVariable.woff2'
/** While editing: Pretendard's own unicode-range slices of the variable font, for text the cut lacks yet. */
export const DEV_FALLBACK_CSS = 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'

/**
 * The weights the slides are set in (theme, components, Slidev's bold): the screen cut keeps the
 * variable font's weight axis over this span only (a quarter smaller than the full 45–920 axis),
 * the print cut has a static instance of each. A test checks that nothing is drawn in another.
 */
export const PRINT_WEIGHTS = [400, 600, 700, 800] as const
export type PrintWeight = typeof PRINT_WEIGHTS[number]
export const WEIGHT_SPAN = { min: PRINT_WEIGHTS[0], max: PRINT_WEIGHTS.at(-1)! } as const
const STATIC_NAMES: Record<PrintWeight, string> = { 400: 'Regular', 600: 'SemiBold', 700: 'Bold', 800: 'ExtraBold' }
/** The static instance of one weight (TrueType outlines, woff2). */
export const staticFile = (weight: PrintWeight): string => `pretendard/dist/web/static/woff2/Pretendard-${STATIC_NAMES[weight]}.woff2`

/** The faces of the screen cut, in the order the cover needs them. */
export const SCREEN_FACES = ['cover', 'slides', 'notes'] as const
export type ScreenFace = typeof SCREEN_FACES[number]

/** Set on <html> while Slidev prints (the exporter's pages, `?print`): the slides switch to the print cut. */
export const PRINT_CLASS = 'deck-print'
