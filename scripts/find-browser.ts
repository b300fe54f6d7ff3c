// Prints the browser the project will use, or why there is none (exit 1).
import { BrowserNotFoundError, findBrowser } from './browser.ts'

try {
  console.log(findBrowser())
}
catch (e) {
  if (!(e instanceof BrowserNotFoundError)) throw e
  console.error(e.message)
  process.exit(1)
}
