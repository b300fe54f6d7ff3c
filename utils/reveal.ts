import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed, onUnmounted } from 'vue'

let seq = 0

/**
 * A figure that reveals itself in `steps` clicks registers them with its slide, as `v-click` does
 * for one element, and gets back how many have been clicked (0 … steps). The slide's clicks total
 * then comes from the component: no `clicks:` frontmatter to keep in step with it. Print and export
 * see the final state (Slidev renders them at the slide's last click).
 */
export function useRevealSteps(steps: number): ComputedRef<number> {
  const { $clicksContext: clicks } = useSlideContext()
  const id = `reveal-steps-${++seq}`
  // '+1': the first step comes one click after whatever the slide reveals before this component
  const info = clicks.calculateSince('+1', steps)
  clicks.register(id, info)
  onUnmounted(() => clicks.unregister(id))
  return computed(() => (info ? Math.min(Math.max(info.currentOffset.value + 1, 0), steps) : steps))
}
