"""The urllib package: only `urllib.parse` (no network access in coil)."""
