import { browserOrExit } from 'slidev-addon-talk-kit/browser'
import { onlyThisMachine } from './network.ts'

/**
 * What every browser test config starts its browser with: the project's browser, this machine
 * only, and Slidev's screen wake lock granted, as a presenter's browser grants it (the headless
 * shell asks first, and a refusal would reach the page as an error).
 */
export const testBrowser = {
  launchOptions: { executablePath: browserOrExit(), args: [onlyThisMachine] },
  permissions: ['screen-wake-lock'],
}
