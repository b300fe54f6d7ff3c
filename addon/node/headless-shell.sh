#!/bin/sh
# Debian's Chromium headless shell, laying text out as a desktop browser does: at fractional glyph
# widths. Left to itself the shell rounds each glyph to whole pixels (full hinting), and a line of
# Hangul then runs wider and wraps where the audience's browser would not. Slidev's exporter launches
# the browser with no arguments of ours, so the flag goes here, for every program that starts it.
exec /usr/bin/chromium-headless-shell --font-render-hinting=none "$@"
