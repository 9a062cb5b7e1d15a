"""Stage 1, reading: decode an article file, read its metadata (`load`) and locate the page
furniture around the text (`clean`), without changing a character of it."""
