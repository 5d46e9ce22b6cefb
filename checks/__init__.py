"""Checks: pure functions from crawl artifacts to questionnaire detections (DESIGN.md, "audits")."""
