"""Linimasa: news articles in, a bilingual timeline explainer site out.

One subpackage per stage, imported only downwards: `core` (the shared records) <- `read` <-
`dates` <- `events` <- `editing` <- `publish`. The modules at the top run the stages:
`pipeline` chains them (with `cache` and `mergecache` keeping what a rebuild reuses), `site`
generates both languages and drives the site builder, `cli` is the command line. See
docs/architecture.md.
"""

__version__ = "0.1.0"
