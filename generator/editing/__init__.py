"""Stage 4, editing: an editor's corrections (`editorial`) and the translation memory
(`translate`, with optional machine drafts from `backends`), both read from checked YAML
(`yamlnodes`)."""
