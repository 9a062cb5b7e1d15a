"""Linimasa: news articles in, a bilingual timeline explainer site out.

The pipeline, one module per stage: load (+ clean) -> temporal (dct, recognise, normalise)
-> events (sentences, clauses, actors, titles) -> anchor -> merge -> editorial (+ yamlnodes)
-> translate -> render (+ views, links, humanize, messages, exports, serialize) -> write.
`pipeline` glues the pure stages together, with `cache` keeping each article's analysis;
`site` generates the pages (`pagecache` keeps their parts) and drives the site builder,
`cli` is the command line (`progress` its progress bar).
"""

__version__ = "0.1.0"
