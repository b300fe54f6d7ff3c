// Prints the browser the project will use, or why there is none (exit 1).
import { browserOrExit } from '../browser.ts'

console.log(browserOrExit())
