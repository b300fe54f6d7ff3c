/**
 * The presenter's pace, live: time spent on the current slide against its budget, the whole talk
 * ahead of or behind its plan, and a rehearsal record kept in this browser (localStorage).
 * The clock is Slidev's own timer (started, paused and reset beside it): time counts while it runs.
 * Starting the timer from zero starts a new rehearsal; the one before becomes "last" (shown, while
 * the timer is stopped, as the most recent).
 */
import type { PaceData } from '../shared/pace'
import { configs, sharedState, useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { behindBy, rehearsalCsv, standing, standingWords } from '../shared/pace'
import { wordsFor } from '../shared/words'

interface Record { current: number[], last: number[] | null }

/** Milliseconds on Slidev's timer at wall-clock time `now`. */
function timerMs(now: number): number {
  const t = sharedState.timer
  if (!t || t.status === 'stopped' || !t.startedAt)
    return 0
  return (t.status === 'paused' ? t.pausedAt : now) - t.startedAt
}

export function usePace(plan: PaceData, lang: string) {
  const words = wordsFor(lang).pace
  const { currentSlideNo } = useNav()
  const budgets = plan.slides.map(s => s.budget)
  const n = budgets.length
  const key = `talk-kit-pace:${String(configs.title)}`
  const zeros = (): number[] => Array.from<number>({ length: n }).fill(0)

  const load = (): Record => {
    try {
      const r = JSON.parse(localStorage.getItem(key) ?? 'null') as Record | null
      if (r && Array.isArray(r.current) && r.current.length === n)
        return { current: r.current, last: Array.isArray(r.last) && r.last.length === n ? r.last : null }
    }
    catch {}
    return { current: zeros(), last: null }
  }
  const stored = load()
  /** milliseconds spent on each slide in this rehearsal */
  const spent = ref<number[]>(stored.current)
  const last = ref<number[] | null>(stored.last)
  const save = () => localStorage.setItem(key, JSON.stringify({ current: spent.value, last: last.value }))

  const now = ref(Date.now())
  let slide = currentSlideNo.value
  let counted = timerMs(now.value)

  /** adds the time since the last count to the slide being shown */
  function count() {
    now.value = Date.now()
    const ms = timerMs(now.value)
    if (ms > counted && slide >= 1 && slide <= n) {
      spent.value[slide - 1]! += ms - counted
      save()
    }
    counted = ms
  }

  const tick = setInterval(count, 250)
  onScopeDispose(() => clearInterval(tick))

  watch(currentSlideNo, (no) => {
    count()
    slide = no
  })
  watch(() => sharedState.timer?.status, (status, before) => {
    if (before === 'stopped' && status === 'running') {
      // a new rehearsal: the one recorded so far is kept as the last
      if (spent.value.some(ms => ms > 0))
        last.value = spent.value
      spent.value = zeros()
      counted = 0
      slide = currentSlideNo.value
      save()
    }
    else {
      count()
    }
  })

  const status = computed(() => sharedState.timer?.status ?? 'stopped')
  const index = computed(() => Math.min(Math.max(currentSlideNo.value, 1), n) - 1)
  const budget = computed(() => budgets[index.value] ?? 0)
  const spentHere = computed(() => {
    void now.value
    const live = slide === index.value + 1 ? Math.max(0, timerMs(now.value) - counted) : 0
    return ((spent.value[index.value] ?? 0) + live) / 1000
  })
  // before the timer starts, the rehearsal recorded most recently is the one to beat
  const shownLast = computed(() => status.value === 'stopped' && spent.value.some(ms => ms > 0) ? spent.value : last.value)
  const lastHere = computed(() => shownLast.value ? shownLast.value[index.value]! / 1000 : undefined)
  const behind = computed(() => behindBy(budgets, index.value + 1, timerMs(now.value) / 1000, spentHere.value))

  function csv(): string {
    return rehearsalCsv(plan.slides, spent.value.map(ms => ms / 1000), last.value && last.value.map(ms => ms / 1000), plan.rate.unit)
  }

  return {
    status,
    budget,
    spentHere,
    lastHere,
    behind,
    standing: computed(() => standing(behind.value)),
    words: computed(() => standingWords(behind.value, words)),
    csv,
  }
}
