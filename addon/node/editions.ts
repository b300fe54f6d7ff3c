/**
 * A talk's editions side by side in one site (node/talk.ts, `editionSites`): the default edition at
 * the root, each other under `<lang>/`. In a build, each edition's page names the others as
 * alternates (hreflang), its deck can link to them (`virtual:talk-kit/editions`, EditionLinks.vue),
 * and a host's fallback page can reach them: a host whose only fallback is one page (GitHub Pages'
 * 404.html, a copy of the default edition's) sends a path under another edition to that edition's
 * own page, which puts the path back before its app starts.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite'
import type { Talk } from './talk.ts'
import escapeHtml from 'escape-html'
import { hasDownload } from '../shared/site-qr.ts'
import { wordsFor } from '../shared/words.ts'
import { siteAddress } from './site-address.ts'
import { editionSites } from './talk.ts'
import { jsonModule } from './virtual-module.ts'

/** The other editions of the site this build belongs to, as its deck links to them (client/virtual.d.ts). @public */
export interface EditionLink { lang: string, name: string, href: string }

/**
 * The start of every edition's page: a fallback page of another edition forwards a path under this
 * one as `?path=`, put back here before the app reads the address; and the default edition's page,
 * met at a path under another edition (a host's one fallback page), forwards it there.
 */
function routingScript(base: string, others: string[]): string {
  return `(function(){var b=${JSON.stringify(base)},o=${JSON.stringify(others)},l=location,q=new URLSearchParams(l.search),p=q.get('path');`
    + `if(p!==null){q.delete('path');var s=q.toString();history.replaceState(null,'',b+p.replace(/^\\/+/,'')+(s?'?'+s:'')+l.hash);return}`
    + `for(var i=0;i<o.length;i++){if(l.pathname.indexOf(o[i])===0&&l.pathname!==o[i]){l.replace(o[i]+'?path='+encodeURIComponent(l.pathname.slice(o[i].length))+(l.search?'&'+l.search.slice(1):'')+l.hash);return}}})()`
}

export function editionsPlugin(talk: () => Talk): Plugin {
  let sites: ReturnType<typeof editionSites> = []
  let build = false
  return {
    name: 'talk-kit-editions',
    configResolved(config) {
      build = config.command === 'build'
      const t = talk()
      // only a build with a download is one of the talk's editions side by side (talk-kit build)
      sites = build && hasDownload(t.deck.config.download) ? editionSites(t.entry, config.base, t.root) : []
    },
    ...jsonModule('virtual:talk-kit/editions', (): EditionLink[] => sites.filter(s => !s.current).map(s => ({ lang: s.lang, name: wordsFor(s.lang).name, href: s.base }))),
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!build || sites.length < 2)
          return
        const current = sites.find(s => s.current)!
        const isDefault = current === sites[0]
        // the site's root address: this edition's, less its own folder
        const address = siteAddress(current.base)
        const siteRoot = address && address.root.slice(0, address.root.length - (current.base.length - sites[0]!.base.length))
        const href = (b: string) => siteRoot ? `${siteRoot}${b.slice(sites[0]!.base.length)}` : b
        const tags: HtmlTagDescriptor[] = sites.map(s => ({ tag: 'link', injectTo: 'head', attrs: { rel: 'alternate', hreflang: s.lang, href: escapeHtml(href(s.base)) } }))
        tags.push({ tag: 'link', injectTo: 'head', attrs: { rel: 'alternate', hreflang: 'x-default', href: escapeHtml(href(sites[0]!.base)) } })
        tags.unshift({ tag: 'script', injectTo: 'head-prepend', children: routingScript(current.base, isDefault ? sites.slice(1).map(s => s.base) : []) })
        return tags
      },
    },
  }
}
