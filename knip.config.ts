import type { KnipConfig } from 'knip'

// Slidev finds most of a deck and of an addon by convention, not by import: the slides (markdown
// with <script setup> blocks), components/ (auto-imported by name), setup/, styles/index.ts, the
// global layers and vite.config.ts. They are the entry points; knip follows imports from there.
const scriptBlocks = (text: string) => Array.from(text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g), m => m[1]).join('\n')

const config: KnipConfig = {
  workspaces: {
    '.': {
      entry: ['slides.md', 'pages/*.md', 'slides.en.md', 'pages/en/*.md', 'components/**/*.vue', 'styles/index.ts', 'scripts/bin/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', 'playwright.slide.config.ts'],
      project: ['**/*.{ts,vue}', 'pages/*.md', 'pages/en/*.md', '!bench/reference/**'],
      // `theme: default` in the headmatter loads it; the bench runs Lighthouse's CLI file
      ignoreDependencies: ['@slidev/theme-default', 'lighthouse'],
    },
    'addon': {
      entry: ['global-bottom.vue', 'global-top.vue', 'custom-nav-controls.vue', 'components/*.vue', 'setup/*.ts', 'styles/index.ts', 'node/bin/*.ts', 'tests/**/*.ts', 'example/slides.md', 'example/components/*.vue'],
      // markdown is read with the talk's compiler in every workspace; the addon's only one is its README
      project: ['**/*.{ts,vue,md}', '!README.md', '!UPSTREAM.md', '!example/dist/**'],
      // shared/font.ts names Pretendard's files as strings (resolved by node/deck-font.ts)
      ignoreDependencies: ['pretendard'],
    },
  },
  ignoreUnresolved: [/^#slidev\//],
  // a hint is a part of the project knip does not read as configured: it fails the lint
  treatConfigHintsAsErrors: true,
  compilers: {
    // a slide's imports are in its <script setup>; the rest of the markdown imports nothing
    md: scriptBlocks,
    // knip's own .vue reader comes with a workspace that depends on vue, and the addon only names it
    // as a peer (the talk's Slidev brings it): the same reader for every workspace
    vue: scriptBlocks,
  },
}

export default config
