// Pretendard's dynamic-subset build: the browser fetches only the unicode-range slices a slide uses,
// all served locally (no font CDN).
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import './theme.css'
import './charts.css'
