/** `npm run read-page -- --dir dist [--base /sub/] [--hash]`: writes the reading page into an existing build (addon/node/reading.ts). */
import { parseArgs } from 'node:util'
import { writeReadingPage } from '../reading.ts'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, hash: { type: 'boolean', default: false } } })
await writeReadingPage({ dir: values.dir, base: values.base.replace(/\/?$/, '/'), hash: values.hash })
