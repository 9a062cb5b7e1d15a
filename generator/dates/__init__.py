"""Stage 2, dates: find time expressions (`recognise`), give them TIMEX3 values (`normalise`,
with `lexicon`'s words), date the article itself (`dct`); `temporal` runs the stage on one
article."""
