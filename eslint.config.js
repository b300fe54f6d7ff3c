// The style Slidev itself is written in (@antfu/eslint-config). Markdown is left to Slidev's
// parser: slide separators, frontmatter and notes are not CommonMark that a linter reads correctly.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['dist*/**', 'bench/reference/**', 'test-results/**', 'playwright-report/**'],
}, {
  rules: {
    // Node's globals are what the scripts and the Vite config are written against
    'node/prefer-global/process': 'off',
    'node/prefer-global/buffer': 'off',
    // a regex literal inline reads better than a module constant; none of these run in a hot loop
    'e18e/prefer-static-regex': 'off',
    // tests and the bench read the text a person sees (innerText), not the DOM's raw text
    'unicorn/prefer-dom-node-text-content': 'off',
  },
}, {
  // the wall between the talk and its addon: the talk reaches the addon only through the package's
  // exports (slidev-addon-talk-kit/…) and its bin (talk-kit), never by a path into its folder
  files: ['**/*.{ts,js,mjs,vue}'],
  ignores: ['addon/**'],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: ['**/addon/**', 'addon/**'], message: 'Import the addon through its package exports (slidev-addon-talk-kit/…).' }] }],
  },
}, {
  // command-line scripts, tests and the benchmark talk on the console and run as modules
  files: ['scripts/**', 'bench/**', 'tests/**', 'addon/bin/**', 'addon/node/**', 'addon/tests/**', 'addon/vite.config.ts'],
  rules: {
    'no-console': 'off',
    'antfu/no-top-level-await': 'off',
  },
})
