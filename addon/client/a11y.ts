/**
 * What Slidev's play page lacks for assistive technology, mended from the deck (Slidev renders
 * these parts itself, so they are fixed on the DOM it produces, and again whenever it re-renders):
 * - the slide is a `main` landmark named after the talk; the go-to box is a navigation landmark;
 * - Slidev's menu buttons nest a button in a button (invalid, and two tab stops for one control):
 *   the outer button keeps the name and the focus, the inner one becomes a picture of it.
 * Works around Slidev: `internals/MenuButton.vue` wraps its slot, an `IconButton` (itself a
 * <button>), in a <button>; the play page gives the slide no landmark. Slidev has no option for
 * either. tests/slidev-internals.spec.ts fails when the nesting changes.
 */
function mendSlidevDom(root: ParentNode, talkTitle: string, goTo: string): void {
  const slide = root.querySelector<HTMLElement>('#slide-content')
  if (slide && slide.getAttribute('role') !== 'main') {
    slide.setAttribute('role', 'main')
    slide.setAttribute('aria-label', talkTitle)
  }
  const goto = root.querySelector<HTMLElement>('#slidev-goto-dialog')
  if (goto && goto.getAttribute('role') !== 'navigation') {
    goto.setAttribute('role', 'navigation')
    goto.setAttribute('aria-label', goTo)
  }
  for (const inner of root.querySelectorAll<HTMLButtonElement>('button button')) {
    const outer = inner.parentElement?.closest('button')
    if (!outer || inner.disabled)
      continue
    const name = inner.getAttribute('title') ?? inner.textContent?.trim() ?? ''
    outer.setAttribute('aria-label', name)
    outer.setAttribute('title', name)
    inner.disabled = true // not focusable, not a second control
    inner.style.pointerEvents = 'none' // a click lands on the outer button, which opens the menu
    inner.style.opacity = '1'
  }
}

export function keepSlidevDomMended(talkTitle: string, goTo: string): void {
  const mend = () => mendSlidevDom(document, talkTitle, goTo)
  mend()
  new MutationObserver(mend).observe(document.body, { childList: true, subtree: true })
}
