"""Keep derived data (the search index) in step with publishing."""
