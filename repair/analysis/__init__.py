"""Shared analyses the Document computes once (quotes, …), one module each."""
