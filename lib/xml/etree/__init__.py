"""The ElementTree API (pure Python)."""
