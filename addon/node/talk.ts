/**
 * What the kit knows of a talk, and the one place it learns it: Slidev's parsed deck (handed to the
 * kit's Vite plugins by Slidev, `setup/vite-plugins.ts`; parsed once by a command that runs outside
 * Slidev), the deck's language (`lang`) for the kit's words, the headmatter's `talkKit:` for what
 * Slidev cannot tell (the presenter's mark; colours), and the talk's `package.json` `talkKit` for
 * what its editions share (their list, the colours).
 */
import type { SlideInfo, SlidevConfig } from '@slidev/types'
import type { KitWords } from '../shared/words.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { deckLang, wordsFor } from '../shared/words.ts'

/** The colours the kit draws its own parts in (the phone's link, the reading page, the handout). */
/** `focus` is the accent's unless given. */
export interface KitColours { ink: string, muted: string, accent: string, bg: string, line: string, focus: string }

export const DEFAULT_COLOURS: KitColours = { ink: '#111111', muted: '#555555', accent: '#1f5fbf', bg: '#ffffff', line: '#d0d0d0', focus: '#1f5fbf' }

/** The headmatter's `talkKit:`, every key optional. */
export interface KitOptions {
  colours?: Partial<KitColours>
  /** opens a note paragraph that is the presenter's own, not the source text: not timed, kept visible */
  presenterMark?: string
}

/** A deck as the kit reads it: Slidev's parsed slides, headmatter and config. */
export interface DeckData { slides: SlideInfo[], headmatter: Record<string, unknown>, config: SlidevConfig }

export interface Talk {
  /** the talk's folder, ending with a separator */
  root: string
  /** the deck's entry file */
  entry: string
  deck: DeckData
  lang: string
  words: KitWords
  colours: KitColours
  presenterMark?: string
}

/** The talk's folder: where npm runs its scripts (npm starts every script in the package's folder). */
export const cwdRoot = (): string => `${process.cwd()}${sep}`

const HEX = /^#[\da-f]{6}$/i

type TalkOptions = KitOptions & { editions?: Record<string, string> }

const packages = new Map<string, TalkOptions>()
/** The talk's own options, shared by its editions: its `package.json`'s `talkKit` (colours, editions), read once per folder. */
function talkOptions(root: string): TalkOptions {
  let options = packages.get(root)
  if (!options) {
    const pkg = join(root, 'package.json')
    options = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { talkKit?: TalkOptions }).talkKit ?? {} : {}
    packages.set(root, options)
  }
  return options
}

function kitOptions(headmatter: Record<string, unknown>, entry: string, root: string): Required<Pick<Talk, 'colours'>> & Pick<Talk, 'presenterMark'> {
  const raw = (headmatter.talkKit ?? {}) as KitOptions
  // the talk's colours (package.json), then the deck's own; the focus ring is the accent unless named
  const given = { ...talkOptions(root).colours, ...raw.colours }
  const colours = { ...DEFAULT_COLOURS, focus: given.accent ?? DEFAULT_COLOURS.focus, ...given }
  const bad = Object.entries(colours).filter(([k, v]) => !(k in DEFAULT_COLOURS) || typeof v !== 'string' || !HEX.test(v))
  if (bad.length)
    throw new KitError(`${entry}: talkKit.colours: ${bad.map(([k, v]) => `${k}: ${String(v)}`).join(', ')}; each of ${Object.keys(DEFAULT_COLOURS).join(', ')} takes a colour as #rrggbb`)
  return { colours, presenterMark: typeof raw.presenterMark === 'string' && raw.presenterMark ? raw.presenterMark : undefined }
}

/** A mistake a user can make and fix: printed as one line, with no stack trace. */
export class KitError extends Error {}

/** The kit's view of a deck Slidev (or a command) has parsed. */
export function talkOf(root: string, entry: string, deck: DeckData): Talk {
  const lang = deckLang(deck.config)
  return { root, entry, deck, lang, words: wordsFor(lang), ...kitOptions(deck.headmatter, entry, root) }
}

/** One edition of a talk: its language and its entry, relative to the talk's folder. */
export interface Edition { lang: string, entry: string }

/**
 * The talk's editions, in its `package.json`'s order (`"talkKit": { "editions": { "ko": "slides.md",
 * "en": "slides.en.md" } }`): entries in one folder, sharing its components, data and styles. The
 * first is the default edition, built at the site's root; each other one is built under `<lang>/`.
 * A talk that lists none has one edition, Slidev's default entry `slides.md`.
 */
export function editions(root = cwdRoot()): Edition[] {
  const listed = talkOptions(root).editions
  if (!listed || !Object.keys(listed).length)
    return [{ lang: '', entry: 'slides.md' }]
  const bad = Object.entries(listed).filter(([lang, entry]) => !/^[a-z]{2,3}(?:-[A-Za-z\d]+)*$/.test(lang) || typeof entry !== 'string' || !entry.endsWith('.md'))
  if (bad.length)
    throw new KitError(`package.json, talkKit.editions: ${bad.map(([l, e]) => `"${l}": ${JSON.stringify(e)}`).join(', ')}; each is a language tag and a deck's .md entry`)
  return Object.entries(listed).map(([lang, entry]) => ({ lang, entry }))
}

/** The entry of the edition in `lang` (the default edition without one); an edition the talk lacks is a KitError. */
export function entryFor(lang: string | undefined, root = cwdRoot()): string {
  const all = editions(root)
  const edition = lang === undefined ? all[0]! : all.find(e => e.lang === lang)
  if (!edition) {
    const known = all.map(e => e.lang).filter(Boolean)
    throw new KitError(`--lang ${lang}: this talk has no such edition${known.length ? ` (its editions: ${known.join(', ')})` : ' (it lists none in package.json, talkKit.editions)'}`)
  }
  return resolve(root, edition.entry)
}

/** Where each edition of a site lives, for a build of `entry` at `base`: the default at the site's root, the others under `<lang>/`. */
export function editionSites(entry: string, base: string, root = cwdRoot()): { lang: string, base: string, current: boolean }[] {
  const all = editions(root)
  const current = all.find(e => resolve(root, e.entry) === resolve(entry)) ?? all[0]!
  const isDefault = current === all[0]
  // an edition built on its own, not under its language's folder (the dev server): no others beside it
  if (!isDefault && !base.endsWith(`/${current.lang}/`))
    return [{ lang: current.lang, base, current: true }]
  const siteRoot = isDefault ? base : base.slice(0, base.length - `${current.lang}/`.length)
  return all.map((e, i) => ({ lang: e.lang, base: i === 0 ? siteRoot : `${siteRoot}${e.lang}/`, current: e === current }))
}

/** Parses a deck (its entry and every `src:` page), once, for a command that runs outside Slidev. */
export async function loadTalk(entry = resolve(cwdRoot(), 'slides.md'), root = cwdRoot()): Promise<Talk> {
  if (!existsSync(entry))
    throw new KitError(`${entry}: no such deck`)
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], entry)
  return talkOf(root, entry, { slides: data.slides, headmatter: data.headmatter, config: resolveConfig(data.headmatter, {}, entry) })
}

/** `--lang <edition>` taken out of a command's arguments: the talk parsed once, and the rest. */
export async function commandTalk(argv: readonly string[]): Promise<{ talk: Talk, args: string[], lang?: string }> {
  const args = [...argv]
  const at = args.findIndex(a => a === '--lang' || a.startsWith('--lang='))
  let lang: string | undefined
  if (at >= 0) {
    const [flag] = args.splice(at, 1) as [string]
    lang = flag.includes('=') ? flag.slice('--lang='.length) : args.splice(at, 1)[0]
    if (!lang || lang.startsWith('-'))
      throw new KitError('--lang takes an edition\'s language, e.g. --lang en')
  }
  return { talk: await loadTalk(entryFor(lang)), args, lang }
}

/** Whether the headmatter's `export:` asks for a page per click step (Slidev's default for a PDF: no). */
export function exportsClicks(deck: DeckData): boolean {
  return (deck.headmatter.export as { withClicks?: boolean } | undefined)?.withClicks === true
}

/** The notes as the audience should read them: paragraphs, no [click] markers, no [stage cues]. */
export function handoutParagraphs(note: string | undefined): string[] {
  const plain = (paragraph: string) => paragraph.replace(/^\s*\[click(?::\d+)?\]\s*/gm, '').split('\n').filter(l => !/^\s*\[[^\]]*\]\s*$/.test(l)).join(' ').replace(/\s+/g, ' ').trim()
  return (note ?? '').split(/\n\s*\n/).map(plain).filter(Boolean)
}

/** What the presenter says of a slide's notes, for timing: the audience's paragraphs without the presenter's mark. */
export function spokenParagraphs(note: string | undefined, presenterMark?: string): string[] {
  const paragraphs = handoutParagraphs(note)
  return presenterMark ? paragraphs.map(p => p.replace(presenterMark, '').trim()).filter(Boolean) : paragraphs
}
