// The deck's own cut of Pretendard, written at start by lib/deck-font.ts from every character the
// deck contains: one local font file, no CDN.
import './generated/deck-font.css'
import './theme.css'
import './motion.css'
import './chrome.css'

// While editing, a character the cut does not have yet (new text) comes from Pretendard's
// dynamic-subset build until the next start; builds carry only the cut.
if (import.meta.env.DEV)
  import('pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css')
