// The deck's own cut of Pretendard (lib/deck-font.ts writes it at start), then Pretendard's
// dynamic-subset build as the fallback for any character added since: all served locally.
import './generated/deck-font.css'
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import './theme.css'
import './charts.css'
