/**
 * Loaded into Slidev's CLI for `talk-kit build` (`node --import`, node/bin/build.ts). With
 * `--download`, Slidev's build serves the built site to its exporter on the fixed port 12445, and a
 * second build or an export already holding that port makes it crash with a stack trace. This
 * rewrites that one line of the build command, as it loads, to take 12445 when free and another
 * free port when not (get-port-please, which Slidev's own exporter uses the same way). The target is
 * checked as it loads: if Slidev's code changed, the build stops with the patch's name.
 */
import module from 'node:module'

const BUILD_MODULE = /\/@slidev\/cli\/dist\/build-[\w-]+\.mjs$/
const FIXED_PORT = /const\s+port\s*=\s*12445\s*;/g
const FREE_PORT = 'const port = await (await import("get-port-please")).getPort({ port: 12445 });'

/** The build module's source with a free port for its exporter; throws, naming the patch, when its target is gone. */
function withFreePort(url, source) {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source)
  if (!FIXED_PORT.test(text)) {
    // a changed Slidev, not a bug of the build: the message alone, and the build stops
    console.error(`\nslidev-addon-talk-kit: Slidev's code changed under a patch; re-verify it (the addon's README, "Patches of Slidev"):\n  - patch "build-export-port": ${url} no longer has const port = 12445; (the fixed port \`slidev build --download\` exports on)\n`)
    process.exit(1)
  }
  FIXED_PORT.lastIndex = 0
  return text.replace(FIXED_PORT, FREE_PORT)
}

// Node 22.15 and later hook loading in this thread (registerHooks); before that, a hooks module
// (register, which Node 26 deprecates)
if (module.registerHooks) {
  module.registerHooks({
    load(url, context, next) {
      const loaded = next(url, context)
      return BUILD_MODULE.test(url) ? { ...loaded, source: withFreePort(url, loaded.source) } : loaded
    },
  })
}
else {
  module.register(`data:text/javascript,${encodeURIComponent(`const BUILD_MODULE = ${BUILD_MODULE}
const FIXED_PORT = ${FIXED_PORT}
const FREE_PORT = ${JSON.stringify(FREE_PORT)}
${withFreePort.toString()}
export async function load(url, context, next) {
  const loaded = await next(url, context)
  return BUILD_MODULE.test(url) ? { ...loaded, source: withFreePort(url, loaded.source) } : loaded
}`)}`)
}
