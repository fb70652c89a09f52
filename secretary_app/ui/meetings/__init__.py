"""meetings page."""
