"""Data files of the crawler (page-selection vocabulary)."""
