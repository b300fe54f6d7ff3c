/**
 * The kit's own words, one table per language: what it shows on a deck (the phone's reading link,
 * the live region, the pace panel, the join code, a viewer's way back), on the reading page and the
 * handout, and in the remote gate's refusals; and the reading rate the pace plan times notes at.
 * Chosen by the deck's language (Slidev's `lang`, or `htmlAttrs.lang`: `deckLang`); a language with
 * no table gets English. The only place in the addon with words of a language other than English.
 */

export interface ReadingRate {
  /** units a minute, read aloud */
  perMinute: number
  /** what the notes are counted in: Hangul syllables (and other letters and digits one each), or words */
  unit: 'syllables' | 'words'
  /** where the rate comes from */
  source: string
}

export interface KitWords {
  /** the BCP 47 tag the table is for */
  lang: string
  /** the language's own name, for a link to the edition in it */
  name: string
  /** the landmark holding the links to the talk's other editions */
  editions: string
  rate: ReadingRate
  /** "Slide 7" */
  slide: (no: number) => string
  /** the live region on each move: "Slide 7 / 29: title" */
  announce: (no: number, total: number, title: string) => string
  /** the go-to box's landmark */
  goTo: string
  readingLink: { label: string, text: string }
  join: string
  backToLive: string
  pace: {
    region: string
    thisSlide: string
    budget: string
    lastRehearsal: string
    waiting: string
    whole: string
    paused: string
    csv: string
    onTime: string
    behind: string
    ahead: string
  }
  reading: {
    title: (talk: string) => string
    skip: string
    eyebrow: (slides: number) => string
    toDeck: string
    slideToDeck: (no: number) => string
    pdf: string
    toc: string
    footer: (talk: string) => string
  }
  handout: (talk: string) => string
  /** a refusal's second line, under the English one (the gate answers strangers in both) */
  gate: { viewOnly: string, tooMany: string, misdirected: string }
}

const en: KitWords = {
  lang: 'en',
  name: 'English',
  editions: 'This talk in other languages',
  rate: {
    perMinute: 183,
    unit: 'words',
    source: 'Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading rate", Journal of Memory and Language 109 (2019) 104047: adults reading English aloud, 183 words per minute (77 studies, 5,965 participants)',
  },
  slide: no => `Slide ${no}`,
  announce: (no, total, title) => `Slide ${no} / ${total}: ${title}`,
  goTo: 'Go to slide number',
  readingLink: { label: 'Reading mode', text: 'Read it as a page →' },
  join: 'Follow the talk on your phone:',
  backToLive: 'Back to the talk',
  pace: {
    region: 'Pace',
    thisSlide: 'This slide',
    budget: 'budget',
    lastRehearsal: 'last rehearsal',
    waiting: 'Measured once the timer starts',
    whole: 'Talk',
    paused: '(paused)',
    csv: 'Rehearsal CSV',
    onTime: 'on time',
    behind: 'behind',
    ahead: 'ahead',
  },
  reading: {
    title: talk => `${talk} — reading mode`,
    skip: 'Skip to the talk',
    eyebrow: slides => `Reading mode · ${slides} slides and the talk's text`,
    toDeck: 'View the slides',
    slideToDeck: no => `View slide ${no} in the slides`,
    pdf: 'Download the PDF',
    toc: 'Contents',
    footer: talk => `${talk}: the slides and the talk's text on one page.`,
  },
  handout: talk => `${talk} — handout`,
  gate: { viewOnly: '', tooMany: '', misdirected: '' },
}

const ko: KitWords = {
  lang: 'ko',
  name: '한국어',
  editions: '다른 언어로 보기',
  rate: {
    perMinute: 308.29,
    unit: 'syllables',
    source: '"The Study of Speech Rate in Normal-Speaking Adults and Children", 음성과학 (Journal of Speech Sciences) 9(4), 2002, pp. 93–103: adults reading aloud, 308.29 ± 22.57 syllables per minute (31 adults aged 18–30)',
  },
  slide: no => `슬라이드 ${no}`,
  announce: (no, total, title) => `슬라이드 ${no} / ${total}: ${title}`,
  goTo: '슬라이드 번호로 이동',
  readingLink: { label: '읽기 모드', text: '읽기 모드로 보기 →' },
  join: '휴대폰으로 발표 화면 보기:',
  backToLive: '발표 화면으로 돌아가기',
  pace: {
    region: '발표 속도',
    thisSlide: '이 슬라이드',
    budget: '예산',
    lastRehearsal: '지난 리허설',
    waiting: '타이머를 시작하면 잽니다',
    whole: '전체',
    paused: '(일시정지)',
    csv: '리허설 기록 CSV',
    onTime: '제시간',
    behind: '늦음',
    ahead: '빠름',
  },
  reading: {
    title: talk => `${talk} — 읽기 모드`,
    skip: '본문으로 건너뛰기',
    eyebrow: slides => `읽기 모드 · 슬라이드 ${slides}장과 발표 원고`,
    toDeck: '발표 화면으로 보기',
    slideToDeck: no => `${no}번 슬라이드를 발표 화면으로 보기`,
    pdf: 'PDF 내려받기',
    toc: '차례',
    footer: talk => `${talk} — 슬라이드와 발표 원고를 한 페이지에 담았습니다.`,
  },
  handout: talk => `${talk} — 유인물`,
  gate: {
    viewOnly: '이 발표는 발표자 링크로만 조작할 수 있습니다.',
    tooMany: '잘못된 비밀번호가 너무 많습니다. 몇 분 뒤에 다시 시도하세요.',
    misdirected: '이 노트북의 주소로 여세요.',
  },
}

/** Every table, by language. */
export const WORDS: Readonly<Record<string, KitWords>> = { en, ko }

/**
 * A deck's language as Slidev writes it: the headmatter's `lang` (the built page's `<html lang>`),
 * else `htmlAttrs.lang` (the running app's), else English.
 */
export function deckLang(config: { lang?: unknown, htmlAttrs?: { lang?: unknown } }): string {
  return String(config.lang ?? config.htmlAttrs?.lang ?? 'en')
}

/** The table for a deck's language (`ko`, `ko-KR`, …); English when there is none. */
export function wordsFor(lang: string | undefined): KitWords {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]!
  return WORDS[primary] ?? en
}

/** Every string a table can put on a page, for the font cut: its words with sample numbers filled in. */
export function tableText(words: KitWords): string {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string')
      out.push(v)
    else if (typeof v === 'function')
      out.push(String((v as (...a: unknown[]) => unknown)(1234567890, 1234567890, '')))
    else if (v && typeof v === 'object')
      Object.values(v).forEach(walk)
  }
  walk({ ...words, rate: undefined })
  return out.join('\n')
}
