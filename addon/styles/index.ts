import { PRINT_CLASS } from '../shared/font'
// The deck's own cut of Pretendard, made at start by addon/node/deck-font.ts from every character the
// deck contains (screen and print faces, no CDN); while editing it also carries Pretendard's own
// slices for text added since the start.
import 'virtual:deck-font.css'
// the kit's colours (the headmatter's talkKit.colours, node/colours.ts) as --kit-* custom properties
import 'virtual:talk-kit/colours.css'
import './motion.css'
import './chrome.css'
import './print.css'

// Slidev's exporter loads each page with `?print` and then prints it as a screen page: the class
// switches the slides to the static print faces before anything is drawn.
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('print'))
  document.documentElement.classList.add(PRINT_CLASS)
