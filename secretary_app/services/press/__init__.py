"""Press monitoring: watch lists, feed sources, clippings, triage and digests (no Qt)."""
