// Modules the addon's Vite plugins serve (addon/node/pace.ts, addon/node/site-qr.ts, addon/node/colours.ts).
declare module 'virtual:talk-kit/pace' {
  const plan: import('../shared/pace').PaceData
  export default plan
}
declare module 'virtual:talk-kit/site-qr' {
  const qr: import('../shared/site-qr').SiteQr | null
  export default qr
}
declare module 'virtual:talk-kit/colours.css' {}
declare module 'virtual:talk-kit/editions' {
  const links: import('../node/editions').EditionLink[]
  export default links
}
