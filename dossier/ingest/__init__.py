"""Receiving files: walking inputs, unpacking containers, recording each document."""
