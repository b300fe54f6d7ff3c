/**
 * The talk's two editions: the same facts, numbers, dates and sources (typed once in data/), with
 * words in each language. A `Words` value must have every language: a missing translation is a
 * type error, never a Korean string on an English slide. Plain data: read by the slides and by the
 * tests and scripts (utils/use-lang.ts is the slides' side).
 */
export const LANGS = ['ko', 'en'] as const
export type Lang = typeof LANGS[number]

/** The same words in each edition's language. */
export type Words = Readonly<Record<Lang, string>>

/** A deck's language as the edition declares it (Slidev's `lang`): `ko` for slides.md, `en` for slides.en.md. */
export function langOf(config: { lang?: unknown }): Lang {
  return config.lang === 'en' ? 'en' : 'ko'
}
