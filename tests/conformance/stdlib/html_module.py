# html: escape and unescape (named, numeric and invalid character references).
import html
import html.entities

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">', quote=False))
for s in ["&amp;", "&lt;b&gt;", "&#65;&#x42;&#X43;", "&copy 2024", "&notin; &notit;",
          "&#0;", "&#128;", "&#xD800;", "&#1114112;", "&#11;", "no refs", "& alone",
          "&zzz;", "&amp", "&#;", "&#x;", "&nbsp;x", "&Aacute&aacute;", "&#65"]:
    print(repr(s), repr(html.unescape(s)))
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[60])
print(html.entities.html5["gt;"], html.entities.entitydefs["copy"], len(html.entities.html5))
