"""Entities: who and what a leak names, across scripts and collections (issue 5)."""
