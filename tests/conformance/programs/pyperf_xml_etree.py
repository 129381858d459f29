"""xml_etree benchmark: build, serialize, parse, iterfind."""
import io
import time
import xml.etree.ElementTree as ET


def build_xml_tree(etree):
    SubElement = etree.SubElement
    root = etree.Element('root')
    for c in range(5):
        child = SubElement(root, 'child-%d' % c, attrib={'id': str(c)})
        for i in range(5):
            SubElement(child, 'subchild').text = 'LEAF-%d-%d' % (c, i)
        deep = SubElement(child, 'deep')
        for i in range(3):
            deep = SubElement(deep, 'deeper', {'level': str(i)})
        deep.text = 'BOTTOM & <stuff> "quoted"'
        deep.tail = '\n'
        child.text = 'text of child %d' % c
        child.tail = ' tail '
    SubElement(root, 'empty')
    SubElement(root, 'unicode', {'name': 'caf\u00e9'}).text = '\u20ac\U0001f600'
    return root


def process(etree, xml_root=None):
    if xml_root is not None:
        root = xml_root
    else:
        root = build_xml_tree(etree)
    found = sum(child.find('.//deeper') is not None for child in root)
    if found != 5:
        raise RuntimeError("find() failed")
    text = 'LEAF-3-3'
    found = any(1 for child in root for el in child.iterfind('.//subchild') if el.text == text)
    if not found:
        raise RuntimeError("iterfind() failed")
    found = sum(1 for el in root.iter('deeper'))
    return found


def main():
    t0 = time.perf_counter()
    root = build_xml_tree(ET)
    print(process(ET, root))
    data = ET.tostring(root)
    print(type(data).__name__, len(data))
    print(data[:200])
    print(ET.tostring(root, encoding='unicode')[-150:])
    print(ET.tostring(root, encoding='utf-8', xml_declaration=True)[:80])
    root2 = ET.fromstring(data)
    print(root2.tag, len(root2), [c.tag for c in root2][:3], root2[0].attrib, root2[0].get('id'), root2[0].get('x', 'dflt'))
    print(root2.find('child-1/subchild').text, root2.findtext('child-2/subchild'), root2.findtext('nope', 'missing'))
    print([e.text for e in root2.findall('child-0/subchild')][-2:])
    print([e.get('level') for e in root2.iter('deeper')][:6])
    print(len(list(root2.iter())), root2.find('.//deeper[@level="2"]').text)
    print([e.tag for e in root2.findall('./*[@id]')])
    print(root2.find('unicode').attrib, root2.find('unicode').text)
    tree = ET.ElementTree(root2)
    buf = io.BytesIO()
    tree.write(buf, encoding='utf-8', xml_declaration=True)
    print(buf.getvalue()[:60])
    tree2 = ET.parse(io.BytesIO(buf.getvalue()))
    print(tree2.getroot().tag, process(ET, tree2.getroot()))
    doc = '<?xml version="1.0"?>\n<!-- comment -->\n<a xmlns:h="http://h"><h:b x="1">t<c/>tail</h:b><d><![CDATA[<raw>]]></d>&amp;&#65;</a>'
    r = ET.fromstring(doc)
    print(r.tag, [c.tag for c in r], r[0].text, r[0][0].tail, r[1].text, repr(r.text), repr(r[1].tail))
    print(ET.tostring(r))
    e = ET.Element('x', a='1')
    e.set('b', '2')
    e.append(ET.Element('y'))
    e.insert(0, ET.Element('z'))
    print(ET.tostring(e), e.keys(), e.items(), len(e))
    e.remove(e[0])
    print(ET.tostring(e), e.attrib)
    print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c>x</c></a>'), events=('start', 'end'))])
    try:
        ET.fromstring('<a><b></a>')
    except ET.ParseError as err:
        print('ParseError', err)
    ET.indent(e)
    print(ET.tostring(e, encoding='unicode'))
    print(repr(e)[:14], ET.iselement(e))
    assert time.perf_counter() >= t0


if __name__ == "__main__":
    main()
