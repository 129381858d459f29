# xml.parsers.expat and ElementTree fed in pieces: tokens split across feeds,
# namespaces, entities, CDATA and the errors found after earlier handlers ran.
import xml.etree.ElementTree as ET
from xml.parsers import expat

doc = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE r [ <!ENTITY who "world"> ]>\n'
       '<r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="x &amp; y &#65;">\r\n'
       '  <p:item id="1">caf\xe9 &who; &lt;&gt;</p:item><!-- note --><?proc d1?>\n'
       '  <item id="2"><![CDATA[<raw> & ]]]]></item><e/>\n</r>\n')
raw = doc.encode('utf-8')
for size in (1, 3, 7, 64, len(raw)):
    out = []
    p = expat.ParserCreate(None, ' ')
    p.StartElementHandler = lambda n, a: out.append(('S', n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append(('E', n))
    p.CharacterDataHandler = lambda d: out.append(('D', d))
    p.CommentHandler = lambda d: out.append(('C', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('P', t, d))
    p.StartNamespaceDeclHandler = lambda pf, u: out.append(('NS', pf, u))
    p.EndNamespaceDeclHandler = lambda pf: out.append(('NE', pf))
    p.XmlDeclHandler = lambda v, e, s: out.append(('X', v, e, s))
    for k in range(0, len(raw), size):
        p.Parse(raw[k:k + size], False)
    p.Parse(b'', True)
    # character data may arrive in pieces: join neighbouring runs
    merged = []
    for ev in out:
        if ev[0] == 'D' and merged and merged[-1][0] == 'D':
            merged[-1] = ('D', merged[-1][1] + ev[1])
        else:
            merged.append(ev)
    print(size, merged)

for size in (1, 5, 1000):
    pp = ET.XMLPullParser(['start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'])
    evs = []
    for k in range(0, len(doc), size):
        pp.feed(doc[k:k + size])
        evs.extend(pp.read_events())
    pp.close()
    evs.extend(pp.read_events())
    print(size, [(e, x.tag if hasattr(x, 'tag') and isinstance(x.tag, str) else x if not hasattr(x, 'tag') else x.text)
                 for e, x in evs])

root = ET.fromstring(doc)
print(ET.tostring(root, encoding='unicode'))
print([(e.tag, e.attrib, e.text, e.tail) for e in root.iter()])

p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
try:
    p.Parse('<a><b/><c></d></a>', True)
except expat.ExpatError as err:
    print(seen, err, err.code, err.lineno, err.offset, p.ErrorLineNumber, p.ErrorColumnNumber)
for bad in ['<a>\x00</a>', '<a><?xml version="1.0"?></a>', '<a><!---></a>', '<r><a>]]></a></r>',
            '<r xmlns:p="u"><p:a p:x="1" p:x="2"/></r>', '<r><q:a/></r>', '<r/><r/>', '<r>&#xD800;</r>']:
    try:
        ET.fromstring(bad)
        print(repr(bad), 'parsed')
    except ET.ParseError as err:
        print(repr(bad), err)
