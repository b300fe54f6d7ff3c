/** Reading a PDF the way a person checks one: its pages, its text, its fonts, its pixels (poppler-utils). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (Debian: apt-get install poppler-utils)`)
    throw e
  }
}

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(poppler('pdfinfo', [file]).split('\n')
    .map(l => l.match(/^([^:]+):(.*)$/)).filter(m => m !== null).map(m => [m[1]!.trim(), m[2]!.trim()]))
}

export function pdfPages(file: string): number {
  return Number(pdfInfo(file).Pages)
}

/** Text compared without its whitespace: pdftotext breaks lines where the slide wraps them. */
export const squash = (s: string) => s.replace(/\s+/g, '')

/** The text in reading order (pdftotext's default, not -layout, which interleaves columns). */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return poppler('pdftotext', [...range, file, '-'])
}

export interface PdfFont { name: string, type: string, embedded: boolean }

export function pdfFonts(file: string): PdfFont[] {
  return poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean).map((line) => {
    // columns: name type encoding emb sub uni object ID; the name may be "[none]", the type two words
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one short line of pdffonts output
    const m = line.match(/^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)
    if (!m)
      throw new Error(`cannot read pdffonts line: ${line}`)
    return { name: m[1]!, type: m[2]!, embedded: m[3] === 'yes' }
  })
}

export interface Raster { width: number, height: number, rgb: Uint8Array }

/** Renders one page to raw RGB at `dpi` (PPM from pdftoppm). */
export function renderPage(file: string, page: number, dpi = 50): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'pdfpage-'))
  poppler('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'p')])
  const buf = readFileSync(join(dir, 'p.ppm'))
  // P6\n<w> <h>\n255\n<data>
  const header = buf.subarray(0, 64).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)
  if (!header)
    throw new Error('unexpected PPM header')
  const [, w, h] = header
  return { width: Number(w), height: Number(h), rgb: new Uint8Array(buf.subarray(header[0].length)) }
}

/** Distinct colours (quantised to 5 bits a channel) in a region, and the share of the region not the background colour. */
export function colourStats(img: Raster, region = { x: 0, y: 0, w: img.width, h: img.height }) {
  const counts = new Map<number, number>()
  for (let y = region.y; y < region.y + region.h; y++) {
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (y * img.width + x) * 3
      const key = ((img.rgb[i]! >> 3) << 10) | ((img.rgb[i + 1]! >> 3) << 5) | (img.rgb[i + 2]! >> 3)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const total = region.w * region.h
  const background = Math.max(...counts.values())
  return { colours: counts.size, inkShare: 1 - background / total }
}

/**
 * Renders every page of `file` as greyscale JPEGs (quality 95) of exactly `size` pixels; returns them
 * in page order. JPEG, not PNG: pdftoppm spends most of its time compressing a PNG, and a picture
 * compared as a coarse grid loses nothing to JPEG at that quality.
 */
export function renderPagesJpeg(file: string, size: { width: number, height: number }): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdfpages-'))
  try {
    poppler('pdftoppm', ['-jpeg', '-jpegopt', 'quality=95', '-gray', '-scale-to-x', String(size.width), '-scale-to-y', String(size.height), file, join(dir, 'p')])
    return readdirSync(dir).filter(f => f.endsWith('.jpg')).sort().map(f => readFileSync(join(dir, f)))
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
