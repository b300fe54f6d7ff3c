#!/usr/bin/env node
/**
 * `talk-kit <command> [args]`: the addon's commands (node/bin/<command>.ts), for a talk's
 * package.json scripts. They are TypeScript, run in this process through tsx.
 */
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

const commands = fileURLToPath(new URL('../node/bin/', import.meta.url))
const [command] = process.argv.splice(2, 1)
const file = `${commands}${command}.ts`
if (!command || !/^[\w-]+$/.test(command) || !existsSync(file)) {
  const known = readdirSync(commands).filter(f => f.endsWith('.ts')).map(f => f.slice(0, -3))
  console.error(`talk-kit: ${command ? `no command "${command}"` : 'name a command'}. The commands: ${known.join(', ')}`)
  process.exit(1)
}
register()
try {
  await import(pathToFileURL(file).href)
}
catch (error) {
  // a mistake a user can make and fix (node/talk.ts's KitError, a patch whose target is gone): one message, no stack trace
  if (error instanceof Error && ['KitError', 'PatchTargetError'].includes(error.constructor.name)) {
    console.error(`talk-kit ${command}: ${error.message}`)
    process.exit(1)
  }
  throw error
}
