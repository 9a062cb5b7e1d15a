"""Linimasa: news articles in, a bilingual timeline explainer site out.

The pipeline, one module per stage: load -> clean -> temporal (dct, recognise, normalise)
-> events -> anchor -> merge -> editorial -> translate -> render -> write; `pipeline` glues the
pure stages together and `site` drives MkDocs.
"""

__version__ = "0.1.0"
