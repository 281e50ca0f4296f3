"""Adapters: the formats that carry documents, normalised and handed to the parsers."""
