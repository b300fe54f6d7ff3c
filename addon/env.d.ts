// Slidev's client ships TypeScript sources, so type-checking a component that imports it also
// checks Slidev's own files: give them the declarations its build provides.
/// <reference types="@slidev/types/client" />
/// <reference path="../node_modules/@slidev/client/shim.d.ts" />
/// <reference path="../node_modules/@slidev/client/shim-vue.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean

declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}
