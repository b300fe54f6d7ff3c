import { PLACEHOLDER } from '../shared/print-ready.ts'

/** Removes index.html's loading placeholder once Slidev has drawn a slide's frame (which holds a loading element of its own until the slide is in). */
export function releaseLoadingPlaceholder(): void {
  const placeholder = document.getElementById(PLACEHOLDER)
  const app = document.getElementById('app')
  if (!placeholder || !app)
    return
  const framed = () => app.querySelector('[data-slidev-no]') !== null
  if (framed()) {
    placeholder.remove()
    return
  }
  const observer = new MutationObserver(() => {
    if (framed()) {
      observer.disconnect()
      placeholder.remove()
    }
  })
  observer.observe(app, { childList: true, subtree: true })
}
