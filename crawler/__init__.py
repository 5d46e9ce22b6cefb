"""Crawler: polite async crawl, Chromium rendering and gatherers, WARC writing, audit orchestration."""
