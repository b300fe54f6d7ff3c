/**
 * Loaded into Slidev's CLI in remote mode (`node --import`, node/bin/remote.ts). With `--remote`,
 * the CLI looks up this computer's public address (the `public-ip` package asks resolvers and
 * sites on the internet) to print a link that remote mode never shows: the venue's network sees
 * the queries, and offline it prints "Could not determine the public IP address." This answers
 * the lookup with nothing, at once. Slidev's CLI imports the package only there (`dev --remote`
 * and its `c` key).
 */
import module from 'node:module'

const nothing = `data:text/javascript,${encodeURIComponent('export const publicIpv4 = async () => undefined; export const publicIpv6 = async () => undefined; export const publicIp = publicIpv4')}`

// Node 22.15 and later resolve in this thread (registerHooks); before that, a hooks module
// (register, which Node 26 deprecates)
if (module.registerHooks) {
  module.registerHooks({ resolve: (specifier, context, next) => specifier === 'public-ip' ? { url: nothing, shortCircuit: true } : next(specifier, context) })
}
else {
  module.register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return specifier === 'public-ip' ? { url: ${JSON.stringify(nothing)}, shortCircuit: true } : next(specifier, context)
}`)}`)
}
