// The style Slidev itself is written in (@antfu/eslint-config; 7.x is the last line that runs on
// Node 20). Markdown is left to Slidev's parser: slide separators, frontmatter and notes are not
// CommonMark that a linter reads correctly.
import antfu from '@antfu/eslint-config'

// Node 20 has no Object.groupBy (Node 21+), which the config's flat-config helpers call.
Object.groupBy ??= (items, key) => {
  const groups = Object.create(null)
  let i = 0
  for (const item of items) (groups[key(item, i++)] ??= []).push(item)
  return groups
}

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
  // command-line scripts, tests and the benchmark talk on the console and run as modules
  files: ['scripts/**', 'bench/**', 'tests/**', 'lib/**'],
  rules: {
    'no-console': 'off',
    'antfu/no-top-level-await': 'off',
  },
})
