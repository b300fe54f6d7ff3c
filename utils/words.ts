/**
 * Helpers over `Words` (utils/lang.ts), for data and components alike: pure, no Slidev import.
 */
import type { Lang, Words } from './lang'
import { LANGS } from './lang'

/** Words built the same way in each language (a sentence around a date or a number formatted per edition). */
export function eachLang(build: (lang: Lang) => string): Words {
  return Object.fromEntries(LANGS.map(lang => [lang, build(lang)])) as Record<Lang, string>
}

/**
 * `text` in `lang`. A plain string is written alike in both editions (a name, a model, a year): only
 * fields that may hold such a value take `string | Words`, and a test keeps Hangul out of plain strings.
 */
export function textIn(text: string | Words, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang]
}

/** Words that open a line or a sentence: English capitalises the first letter (Hangul has no case). */
export function capitalised(words: Words): Words {
  return eachLang(lang => words[lang].charAt(0).toUpperCase() + words[lang].slice(1))
}
