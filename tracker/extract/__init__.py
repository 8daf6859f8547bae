"""Extraction: a Document to the time-bound duties it holds, each tied to its clause."""
