"""Use cases with their transaction boundaries; the GUI and the CLI both call these."""
