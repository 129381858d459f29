"""coil's pure-Python xml package: xml.etree.ElementTree and xml.parsers.expat."""
