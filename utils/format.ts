/** '2025-08-23' → '2025년 8월 23일'; '2018-02' → '2018년 2월'; '2015' → '2015년' */
export function koDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (!y || Number.isNaN(y))
    throw new Error(`not an ISO date: ${iso}`)
  return [`${y}년`, m && `${m}월`, d && `${d}일`].filter(Boolean).join(' ')
}

/** Host name of a source URL, shown instead of the full address on a slide. */
export function host(url: string): string {
  return new URL(url).host.replace(/^www\./, '')
}
