# html.parser: every token kind, both convert_charrefs modes, script/style content, input fed in pieces
from html.parser import HTMLParser
class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs, self.get_starttag_text()))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs))
    def handle_data(self, d): self.events.append(("data", d, self.getpos()))
    def handle_comment(self, d): self.events.append(("comment", d))
    def handle_decl(self, d): self.events.append(("decl", d))
    def handle_pi(self, d): self.events.append(("pi", d))
    def handle_entityref(self, n): self.events.append(("entity", n))
    def handle_charref(self, n): self.events.append(("charref", n))
    def unknown_decl(self, d): self.events.append(("unknown", d))
DOC = """<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; &lt;page&gt;</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css"/>
<style>p > b { color: red }</style>
<script type="text/javascript">if (a < b && c > d) { document.write("</p>"); }</script>
</head><body class="main  wide" data-x = "1" hidden>
<!-- a comment -- with dashes -->
<h1 id=top>Caf&eacute; &#233; &#xE9; &copy 2024 &nosuchref; & alone</h1>
<p>Line one<br>Line two<br/>
<a href="/x?a=1&amp;b=2" title="He said &quot;hi&quot;">link</a>
<IMG SRC="pic.png" ALT="">
<?php echo 1; ?>
<![CDATA[raw <stuff>]]>
<input type="checkbox" checked disabled=disabled>
</P></BODY>< not a tag <3 </>
<!bogus comment>
</html>trailing text &amp"""
for conv in (True, False):
    p = Logger(convert_charrefs=conv)
    p.feed(DOC)
    p.close()
    print("convert_charrefs", conv)
    for e in p.events:
        print(" ", e)
# feeding in pieces
p = Logger()
for i in range(0, len(DOC), 7):
    p.feed(DOC[i:i + 7])
p.close()
whole = Logger(); whole.feed(DOC); whole.close()
def norm(ev):
    out = []
    for e in ev:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e[:2] if e[0] == "data" else e)
    return out
print(norm(p.events) == norm(whole.events))
p = Logger(convert_charrefs=False)
for piece in ["<a hr", "ef='x", "'>t", "ext &am", "p; more</", "a>", "<scr", "ipt>x</sc", "ript>", "&#6", "5;"]:
    p.feed(piece)
p.close()
for e in p.events: print(" ", e)
class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_data(self, d):
        if d.strip(): self.text.append(d.strip())
lc = LinkCollector(); lc.feed('<ul><li><a href="/one">One</a></li><li><a href=/two>Two</a><li><a>none</a></ul>'); lc.close()
print(lc.links, lc.text, lc.getpos())
