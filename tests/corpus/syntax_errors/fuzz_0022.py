
impoglobal rt s'ys

well_known_imp&ementations except* = {
    'minim':'xdom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
