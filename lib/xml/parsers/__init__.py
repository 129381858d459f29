"""Pure-Python stand-ins for the xml.parsers package (expat)."""
