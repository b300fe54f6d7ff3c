/** The edition a slide or component is shown in, from the deck's own `lang` (utils/lang.ts). */
import type { Lang, Words } from './lang'
import { configs } from '@slidev/client'
import { langOf } from './lang'

export function useLang(): Lang {
  return langOf(configs as { lang?: unknown })
}

/** `words` in the edition being shown. */
export function useWords(): (words: Words) => string {
  const lang = useLang()
  return words => words[lang]
}
