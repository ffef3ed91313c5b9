"""Benchmarks: dossier measured against plain tools in the same run (see docs/benchmarks.md)."""
