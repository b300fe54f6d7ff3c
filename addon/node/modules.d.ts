// Packages the kit uses that ship no types: the calls it makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype', preserveNameIds?: number[], variationAxes?: Record<string, number | { min: number, max: number }> },
  ): Promise<Buffer>
}

declare module 'fontverter' {
  /** A font file converted to another container (`sfnt`: TrueType/OpenType, as harfbuzz reads it). */
  export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Uint8Array>
}
