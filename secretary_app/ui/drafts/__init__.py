"""drafts page."""
