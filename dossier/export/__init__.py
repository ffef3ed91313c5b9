"""Exports of archive content in standard formats."""
