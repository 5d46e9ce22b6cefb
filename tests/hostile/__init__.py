"""The hostile web server of the crawler's hostile-site suite (tests/test_crawler_hostile.py)."""
