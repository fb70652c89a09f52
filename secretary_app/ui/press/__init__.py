"""The Presseklip page: triage of press clippings, watch lists and digests."""
