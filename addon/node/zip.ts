/** The names in a zip file (a PPTX is one), read from its central directory. */
import { readFileSync } from 'node:fs'

export function zipEntries(file: string): string[] {
  const buf = readFileSync(file)
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]))
  if (eocd < 0)
    throw new Error(`${file} is not a zip file`)
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014B50)
      throw new Error(`${file}: broken central directory`)
    const nameLength = buf.readUInt16LE(at + 28)
    const extra = buf.readUInt16LE(at + 30)
    const comment = buf.readUInt16LE(at + 32)
    names.push(buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'))
    at += 46 + nameLength + extra + comment
  }
  return names
}
