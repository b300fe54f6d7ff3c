/** Number formatting shared by the charts and the HTML figures (no chart.js here). */
import type { Lang } from './lang'

/**
 * A value in its unit (data/types.ts `Unit`), as the edition writes it. Korean: 51%, 149개, 151억.
 * English: 51%; a count as a plain number (the noun is in the label); 억 (10⁸) in billions, with no
 * currency, since the essay names none: 100억 → '10 billion', 151억 → '15.1 billion'.
 */
export function formatValue(v: number, unit: string, lang: Lang): string {
  if (lang === 'ko')
    return `${v.toLocaleString('ko-KR')}${unit}`
  if (unit === '억')
    return `${(v / 10).toLocaleString('en-US', { maximumFractionDigits: 2 })} billion`
  if (unit === '개')
    return v.toLocaleString('en-US')
  return `${v.toLocaleString('en-US')}${unit}`
}
