import { defineAppSetup } from '@slidev/types'
import configs from '#slidev/configs'
/// <reference types="@slidev/types/client" />
import { slides } from '#slidev/slides'
import { keepSlidevDomMended } from '../client/a11y'
import { offerJoinCode } from '../client/join'
import { followLive, live } from '../client/live'
import { releaseLoadingPlaceholder } from '../client/print-ready'
import { onlyPresenterViewsDrive } from '../client/remote-sync'
import { deckLang, wordsFor } from '../shared/words'

export default defineAppSetup(({ router }) => {
  // A slide number past the end (an old link, a typo) lands on the last slide, and one below 1 on
  // the first, instead of Slidev's blank page or a URL that disagrees with the slide shown.
  router.beforeEach((to) => {
    if ((to.name !== 'play' && to.name !== 'presenter') || typeof to.params.no !== 'string')
      return
    if (!/^-?\d+$/.test(to.params.no))
      return
    const no = Number(to.params.no)
    const total = slides.value.length
    const clamped = Math.min(Math.max(no, 1), total)
    if (clamped !== no)
      return { name: to.name, params: { no: String(clamped) }, query: to.query, hash: to.hash, replace: true }
  })

  // landmarks and Slidev's nested menu buttons (addon/client/a11y.ts); the body exists once modules run
  keepSlidevDomMended(String(configs.title), wordsFor(deckLang(configs)).goTo)

  // the page's own loading element goes once a slide's frame has one (addon/node/print-ready.ts)
  releaseLoadingPlaceholder()

  // in remote mode the phone's presenter view drives; audience windows only follow (addon/client/remote-sync.ts)
  onlyPresenterViewsDrive(configs.remote, router)

  // a build that remote mode serves to its viewers follows the talk (addon/client/live.ts), and
  // the projector can show the room how to join it (addon/client/join.ts)
  followLive(router)
  offerJoinCode()

  // The built site caches itself (addon/node/offline.ts writes sw.js) so the talk survives a dropped network.
  // Not while printing: the exporter's page should load nothing it does not draw; nor for a
  // viewer of a live talk, who watches it once.
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !live.on && !new URLSearchParams(location.search).has('print')) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: unknown) => {
        console.warn('offline cache unavailable:', e)
      })
    })
  }
})
