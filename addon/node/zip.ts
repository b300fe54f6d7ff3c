/** The names in a zip file (a PPTX is one), read with fflate without inflating any entry. */
import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'

export function zipEntries(file: string): string[] {
  const names: string[] = []
  try {
    unzipSync(readFileSync(file), { filter: (entry) => {
      names.push(entry.name)
      return false
    } })
  }
  catch (e) {
    throw new Error(`${file} is not a readable zip file: ${(e as Error).message}`)
  }
  return names
}
