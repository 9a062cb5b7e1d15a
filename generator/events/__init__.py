"""Stage 3, events: the clause each date anchors becomes a mention (`mentions`, with `sentences`,
`clauses`, `actors`, `titles`); undated articles are dated through the corpus (`anchor`); mentions
of one real event are merged into one entry (`merge`)."""
