// The style Slidev itself is written in (@antfu/eslint-config). Markdown is left to Slidev's
// parser: slide separators, frontmatter and notes are not CommonMark that a linter reads correctly.
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import antfu from '@antfu/eslint-config'

const addonDir = resolve(dirname(fileURLToPath(import.meta.url)), 'addon')
const inAddon = file => !relative(addonDir, file).startsWith('..')

/**
 * The wall between the talk and its kit, on every import, export-from and dynamic import: the talk
 * reaches the kit only through its package (slidev-addon-talk-kit/…), never by a path into addon/;
 * the kit imports nothing of the talk by a path out of addon/.
 */
const wall = {
  meta: { type: 'problem', schema: [], messages: {
    intoKit: 'Import the kit through its package exports (slidev-addon-talk-kit/…), not by a path into addon/.',
    outOfKit: 'The kit imports nothing of the talk: take it as an option, or from what Slidev hands the kit.',
  } },
  create(context) {
    const from = context.filename
    const check = (node) => {
      const source = node?.value
      if (typeof source !== 'string' || !source.startsWith('.'))
        return
      const target = resolve(dirname(from), source)
      if (inAddon(from) && !inAddon(target))
        context.report({ node, messageId: 'outOfKit' })
      else if (!inAddon(from) && (inAddon(target) || target === addonDir || `${target}${sep}`.startsWith(`${addonDir}${sep}`)))
        context.report({ node, messageId: 'intoKit' })
    }
    return {
      ImportDeclaration: node => check(node.source),
      ExportNamedDeclaration: node => check(node.source),
      ExportAllDeclaration: node => check(node.source),
      ImportExpression: node => check(node.source),
    }
  },
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
  files: ['**/*.{ts,js,mjs,vue}'],
  plugins: { 'talk-kit': { rules: { wall } } },
  rules: { 'talk-kit/wall': 'error' },
}, {
  // command-line scripts, tests and the benchmark talk on the console and run as modules
  files: ['scripts/**', 'bench/**', 'tests/**', 'addon/bin/**', 'addon/node/**', 'addon/tests/**', 'addon/vite.config.ts'],
  rules: {
    'no-console': 'off',
    'antfu/no-top-level-await': 'off',
  },
})
