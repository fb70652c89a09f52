"""reports page."""
