// The talk's tokens (colour, type scale, spacing) and base type. Slidev loads this after the
// addon's styles (the font cut, motion, print and Slidev's controls).
import './theme.css'
