/** Number formatting shared by the charts and the HTML figures (no chart.js here). */

/** A value in its unit, the Korean way: 51%, 149개, 151억. */
export function formatValue(v: number, unit: string): string {
  return `${v.toLocaleString('ko-KR')}${unit}`
}
