// The talk's tokens (colour, type scale, spacing) and base type. Slidev loads this after the
// addon's styles (the font cut, motion, print and Slidev's controls).
import './theme.css'

// The slides' own CSS, one file beside each page (pages/NN-topic.css for pages/NN-topic.md and
// pages/en/NN-topic.md; pages/00-cover.css for the cover and the tweet in slides.md and
// slides.en.md), so that every edition shares it. It is global, not scoped to its slide as a
// slide's <style> is, so every rule starts with its slide's class (`class:` in the slide's
// frontmatter). Each file wraps its rules in `.slidev-page { … }` (Slidev's wrapper of every
// slide): that adds the weight Slidev's scoping gave a rule (its [data-v-…] attribute), so a
// slide's rule still outweighs the layouts' and components' own rules, which load after this file.
import.meta.glob('../pages/*.css', { eager: true })
