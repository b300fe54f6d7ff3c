/**
 * Why a `--range` (Slidev's syntax: `3-5`, `2,7`, `4-`, `all`) does not fit a deck of `total`
 * slides, or undefined when it does. Slidev's own reader drops what it cannot use without a word:
 * `0` and `99` would print nothing, `20-30` the slides up to the last.
 */
export function outOfRange(range: string, total: number): string | undefined {
  if (range === 'all' || range === '*')
    return undefined
  for (const part of range.split(/[,;]/)) {
    const m = /^(\d+)(?:(-)(\d*))?$/.exec(part.replace(/\s/g, ''))
    if (!m)
      return `"${part}" is not a slide number or a range of them`
    const [from, to] = [Number(m[1]), m[3] ? Number(m[3]) : m[2] ? total : Number(m[1])]
    if (from < 1 || to > total)
      return `slide ${from < 1 ? from : to} is not in the deck`
    if (to < from)
      return `"${part}" runs backwards`
  }
  return undefined
}
