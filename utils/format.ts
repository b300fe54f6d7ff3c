import type { Source } from '../data/types'
import type { Lang, Words } from './lang'
import { textIn } from './words'

/** '2025-08-23' → '2025년 8월 23일'; '2018-02' → '2018년 2월'; '2015' → '2015년' */
export function koDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || Number.isNaN(y))
    throw new Error(`not an ISO date: ${iso}`)
  return [`${y}년`, m && `${m}월`, d && `${d}일`].filter(Boolean).join(' ')
}

/** English month names, written out: no Intl, so the Node tests and every browser write the same. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/** '2025-08-23' → 'August 23, 2025'; '2018-02' → 'February 2018'; '2015' → '2015' */
function enDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || Number.isNaN(y))
    throw new Error(`not an ISO date: ${iso}`)
  const month = m ? MONTHS[m - 1] : undefined
  return month ? (d ? `${month} ${d}, ${y}` : `${month} ${y}`) : `${y}`
}

/** An ISO date as the edition writes it: `koDate` in Korean; 'August 23, 2025', 'February 2018', '2015' in English. */
export function dateIn(iso: string, lang: Lang): string {
  return lang === 'ko' ? koDate(iso) : enDate(iso)
}

/**
 * Said after a date that is the US date of a US event (in Korea it is already the next day). Korean
 * writes the parenthesis close up to the date, English after a space: the space is part of the words.
 */
export const usTimeNote: Words = { ko: '(미국 현지 시각)', en: ' (US time)' }

/** A source's publisher in `lang` (a name written alike in both editions is a plain string). */
export function publisherIn(source: Source, lang: Lang): string {
  return textIn(source.publisher, lang)
}

/**
 * A source's title as plain text (a link's tooltip): our description, or the page's own title, with
 * its English gloss in the English edition when it was published in Korean.
 */
export function titleIn(source: Source, lang: Lang): string {
  if (source.described)
    return source.title[lang]
  return lang === 'en' && source.gloss ? `${source.title} (Korean: ‘${source.gloss}’)` : source.title
}

/** Host name of a source URL, shown instead of the full address on a slide. */
export function host(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}
