"""Self-checks over a parsed cable (used by the tests and the corpus report)."""
