# xml.etree.ElementTree: building, serializing, parsing, paths, iterparse, errors.
import io
import xml.etree.ElementTree as ET

root = ET.Element('root', {'b': '2', 'a': '1'}, c='3')
for i in range(3):
    ch = ET.SubElement(root, 'child', id=str(i))
    ch.text = 'text <%d> & "q"' % i
    ch.tail = '\n'
sub = ET.SubElement(root[1], 'leaf', note='tab\there\nnl "q" <&>')
ET.SubElement(root, 'empty')
root.append(ET.Comment(' a comment '))
root.append(ET.PI('target', 'data'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf8'))
print(ET.tostring(root, encoding='unicode', short_empty_elements=False)[-60:])
print(ET.tostring(root, xml_declaration=True)[:60])
print(ET.tostring(root, encoding='latin-1')[:60])
print(ET.tostring(root, method='text'))
print(ET.tostring(root, method='html')[:80])
e = ET.Element('u')
e.text = 'caf\xe9 \u20ac'
print(ET.tostring(e), ET.tostring(e, encoding='unicode'), ET.tostring(e, encoding='utf-8'))
print(len(root), root[0].get('id'), root.get('zz', 'dflt'), sorted(root.keys()), list(root.items()))
print([c.tag for c in root.iter()][:6], [c.get('id') for c in root.iter('child')])
print(''.join(root.itertext())[:40])

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<lib xmlns="http://example.com/lib" xmlns:x="http://example.com/x">
  <book id="b1" x:rating="5"><title>One &amp; Two</title><price>10</price></book>
  <book id="b2"><title>Caf&#233; &#x263A;</title><price>20</price><x:note>n</x:note></book>
  <![CDATA[raw <stuff> & more]]>
  <?pi some data?>
  <shelf><book id="b3"><title>Three</title></book></shelf>
</lib>
'''
r = ET.fromstring(doc)
print(r.tag, r.attrib, repr(r.text))
for b in r:
    print(' ', b.tag, b.attrib, repr(b.text), repr(b.tail))
ns = {'l': 'http://example.com/lib', 'x': 'http://example.com/x'}
print([b.get('id') for b in r.findall('l:book', ns)])
print([b.get('id') for b in r.findall('.//l:book', ns)])
print([t.text for t in r.iterfind('.//{http://example.com/lib}title')])
print(r.findtext('l:book/l:title', namespaces=ns), repr(r.findtext('l:nothing', 'no', ns)))
print(r.find('l:book[@id="b2"]/l:price', ns).text, r.find('l:book[2]', ns).get('id'))
print([b.get('id') for b in r.findall('l:book[last()]', ns)], [b.get('id') for b in r.findall('*[l:price]', ns)])
print([e.tag for e in r.findall('{*}book/{*}*')])
print([b.get('id') for b in r.findall(".//l:book[l:title='Three']", ns)])
print(ET.tostring(r)[:200])
try:
    ET.tostring(r, default_namespace='http://example.com/lib')
except ValueError as err:
    print('ValueError:', err)
print(ET.tostring(ET.fromstring('<a xmlns="u"><b/></a>'), default_namespace='u'))

p = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
p.feed('<a><!--c--><?p q?><b/></a>')
t = p.close()
print([x.tag if isinstance(x.tag, str) else x.tag.__name__ for x in t], ET.tostring(t))

events = [(ev, el.tag if ev in ('start', 'end') else el) for ev, el in
          ET.iterparse(io.BytesIO(doc.encode()), ('start', 'end', 'start-ns', 'end-ns'))]
print(len(events), events[:4], events[-3:])
pp = ET.XMLPullParser(['start', 'end'])
pp.feed('<a><b>te')
print([(e, x.tag) for e, x in pp.read_events()])
pp.feed('xt</b><c/></a>')
pp.close()
print([(e, x.tag, x.text) for e, x in pp.read_events()])

tree = ET.ElementTree(ET.fromstring('<r><s a="1">x</s><s a="2"/></r>'))
buf = io.BytesIO()
tree.write(buf, encoding='utf-8', xml_declaration=True)
print(buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding='unicode')
print(sbuf.getvalue())
print(tree.find('s').text, tree.findall('./s')[1].attrib, tree.getroot().tag)

copy = ET.fromstring(ET.tostring(root))
print(ET.tostring(copy) == ET.tostring(root).replace(b'<!-- a comment --><?target data?>', b''))
del root[0]
root[0:1] = [ET.Element('new')]
root.insert(0, ET.Element('first'))
root.remove(root[-1])
print([c.tag if isinstance(c.tag, str) else c.tag.__name__ for c in root], ET.iselement(root), ET.iselement("x"))
q = ET.QName('http://q', 'tag')
print(q, q.text, ET.tostring(ET.Element(q)))
ET.indent(root)
print(ET.tostring(root, encoding='unicode'))
ET.dump(ET.fromstring('<d x="1">y</d>'))

for bad in ['', '<a>', '<a></b>', '<a/>x', '<a>&nope;</a>', '<a b="1" b="2"/>', '<a b=1/>',
            '<p:a/>', '<a><![CDATA[x</a>', '<a>\n<b>&#0;</b></a>', '<a\n  b="1"\n  c>',
            '<a x="<"/>', 'junk<a/>', '<a>a & b</a>', '<a><!-- x -- y --></a>', '<a', '</a>']:
    try:
        ET.fromstring(bad)
        print(repr(bad), 'parsed')
    except ET.ParseError as err:
        print(repr(bad), err, err.code, err.position)
