import type { KnipConfig } from 'knip'

// Slidev finds most of the deck by convention, not by import: the slides (markdown with
// <script setup> blocks), components/ (auto-imported by name), setup/, styles/, global-bottom.vue,
// global-top.vue and vite.config.ts (knip's Vite plugin finds that one). They are the entry points; knip follows imports from there.
const config: KnipConfig = {
  entry: [
    'slides.md',
    'pages/*.md',
    'components/**/*.vue',
    'global-bottom.vue',
    'global-top.vue',
    'setup/*.ts',
    'styles/index.ts',
    'scripts/bin/*.ts',
    'bench/**/*.ts',
    'tests/**/*.ts',
  ],
  project: ['**/*.{ts,vue}', 'pages/*.md', '!bench/reference/**'],
  // `theme: default` in the headmatter loads it; lib/font.ts names Pretendard's files as strings
  // (resolved by lib/deck-font.ts); the bench runs Lighthouse's CLI file
  ignoreDependencies: ['@slidev/theme-default', 'pretendard', 'lighthouse'],
  ignoreUnresolved: [/^#slidev\//],
  compilers: {
    // a slide's imports are in its <script setup>; the rest of the markdown imports nothing
    md: (text: string) => Array.from(text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g), m => m[1]).join('\n'),
  },
}

export default config
