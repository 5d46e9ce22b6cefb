"""Scoring: methodology per year, answers by source precedence, theme indices, e-index, aggregates."""
