/** The id of index.html's loading placeholder (written there too: Slidev reads that file as it is). */
export const PLACEHOLDER = 'deck-loading'
