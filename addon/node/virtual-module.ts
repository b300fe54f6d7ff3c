/** The hooks of a Vite plugin that serves one module the kit makes (`virtual:talk-kit/…`). */
import type { Plugin } from 'vite'

/**
 * `id` resolved to `resolved` (by default Rollup's private `\0` form; a CSS module needs a path-like
 * id ending in .css for Vite's CSS pipeline to take it) and loaded as what `source` returns then.
 */
export function virtualModule(id: string, source: () => string, resolved = `\0${id}`): Required<Pick<Plugin, 'resolveId' | 'load'>> & { resolved: string } {
  return {
    resolved,
    resolveId: (asked: string) => asked === id ? resolved : undefined,
    load: (asked: string) => asked === resolved ? source() : undefined,
  }
}

/** A module whose default export is `value()`, as JSON. */
export const jsonModule = (id: string, value: () => unknown) => virtualModule(id, () => `export default ${JSON.stringify(value())}`)
