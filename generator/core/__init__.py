"""What every stage shares: the typed records (`model`), TIMEX3 values (`timexvalue`) and the
generator's fingerprint that keys every cache (`fingerprint`). Imports nothing of the stages."""
