/**
 * The network the tests' browsers see: this machine only. Its address on the network is where the
 * remote tests' phone and stranger meet the gate (not localhost, which Slidev trusts).
 */
import { networkInterfaces } from 'node:os'

export const lanAddress = Object.values(networkInterfaces()).flat().find(a => a && a.family === 'IPv4' && !a.internal)?.address
  // no network card: another loopback address is still not one Slidev trusts (Linux routes all of 127/8)
  ?? '127.0.0.2'

/**
 * A browser flag: any host but this machine resolves to nothing, so a page's request to another
 * host fails at once (the fixtures record it as a problem). A rule in the browser, not a route in
 * the test: routing every request through the test turns off the browser's cache and doubles its work.
 */
export const onlyThisMachine = `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE ${lanAddress}`
