"""Linimasa: news articles in, a bilingual timeline explainer site out.

The pipeline, one module per stage: load (+ clean) -> temporal (dct, recognise, normalise)
-> events (sentences, clauses, actors, titles) -> anchor -> merge -> editorial -> translate
-> render (+ humanize, messages, exports) -> write. `pipeline` glues the pure stages together,
`site` generates the pages and drives the site builder, `cli` is the command line.
"""

__version__ = "0.1.0"
