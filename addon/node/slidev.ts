import type { ChildProcess, SpawnOptions, SpawnSyncOptions } from 'node:child_process'
/**
 * Runs Slidev's own CLI with this Node (`process.execPath`), never through a shell or `npx`: the same
 * on Linux, macOS and Windows (where `npx` is `npx.cmd`, which `spawn` cannot start without a shell),
 * and from any folder name (Hangul, spaces).
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { cwdRoot } from './talk.ts'

/** The JS file behind the `slidev` command, as installed for this project. */
export function slidevCli(): string {
  const pkgFile = createRequire(join(cwdRoot(), 'package.json')).resolve('@slidev/cli/package.json')
  const bin = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { bin: Record<string, string> }).bin.slidev!
  return join(dirname(pkgFile), bin)
}

/** `slidev <args>` in the project folder; returns the exit code (1 when it could not start or was killed). `nodeArgs` go to Node before the CLI. */
export function runSlidev(args: readonly string[], options: SpawnSyncOptions = {}, nodeArgs: readonly string[] = []): number {
  const result = spawnSync(process.execPath, [...nodeArgs, slidevCli(), ...args], { stdio: 'inherit', ...options })
  if (result.error) {
    console.error(`Could not start Slidev: ${result.error.message}`)
    return 1
  }
  return result.status ?? 1
}

/** `slidev <args>` in the project folder, left running (a server); `nodeArgs` go to Node before the CLI. */
export function startSlidev(args: readonly string[], options: SpawnOptions = {}, nodeArgs: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, slidevCli(), ...args], { stdio: 'inherit', ...options })
}

/** The file `slidev export <args>` writes (undefined for PNG, which writes a folder). */
export function exportOutput(args: readonly string[], exportFilename: unknown): string | undefined {
  const { values } = parseArgs({
    args: [...args],
    strict: false,
    allowPositionals: true,
    options: { output: { type: 'string' }, format: { type: 'string' } },
  })
  const format = typeof values.format === 'string' ? values.format : 'pdf'
  const ext = { 'pdf': '.pdf', 'pptx': '.pptx', 'pptx-editable': '.pptx', 'md': '.md' }[format]
  if (!ext)
    return undefined
  const name = typeof values.output === 'string' ? values.output : String(exportFilename ?? 'slides-export')
  return name.endsWith(ext) ? name : `${name}${ext}`
}
