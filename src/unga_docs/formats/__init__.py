"""Readers and writers, one module per format: markdown, plain text, JSON, HTML."""
