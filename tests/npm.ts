/**
 * Runs the project's npm scripts the way a user types them, on any OS: through the npm that runs
 * the tests (`npm_execpath`, a JS file run by this Node), else the `npm` on the PATH (`npm.cmd` on
 * Windows, which needs a shell to start).
 */
import { spawn } from 'node:child_process'
import getPort from 'get-port'

function npmCommand(): { command: string, prefix: string[], shell: boolean } {
  const cli = process.env.npm_execpath
  if (cli && /\.c?js$/.test(cli))
    return { command: process.execPath, prefix: [cli], shell: false }
  const windows = process.platform === 'win32'
  return { command: windows ? 'npm.cmd' : 'npm', prefix: [], shell: windows }
}

export interface NpmRun { code: number, output: string }

/** `npm <args>` in `cwd`; resolves with the exit code and the interleaved stdout/stderr. */
export function npm(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<NpmRun> {
  const { command, prefix, shell } = npmCommand()
  return new Promise((ok, fail) => {
    const child = spawn(command, [...prefix, ...args], { cwd, shell, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    let output = ''
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString()
    })
    child.once('error', fail)
    child.once('close', code => ok({ code: code ?? 1, output }))
  })
}

/** A long-running npm script (a server); `stop()` ends it and everything it started. */
export function npmServer(args: readonly string[], cwd: string) {
  const { command, prefix, shell } = npmCommand()
  const child = spawn(command, [...prefix, ...args], { cwd, shell, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' })
  let output = ''
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString()
  })
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString()
  })
  const exited = new Promise<number>(ok => child.once('close', code => ok(code ?? 1)))
  return {
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null)
        return
      // the whole process group: npm, tsx and the server it started
      if (process.platform === 'win32')
        spawn('taskkill', ['/pid', String(child.pid), '/t', '/f'])
      else process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
}

/** A port nothing listens on right now. */
export const freePort = (): Promise<number> => getPort()
