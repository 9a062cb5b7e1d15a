"""Stage 5, publishing: the corpus as pages and data per language (`render`, `views`, `humanize`,
`links`, `messages`), the JSON contract (`serialize`), exports (`exports`), the fragments a
rebuild reuses (`pagecache`) and the only writer of generated files (`write`)."""
