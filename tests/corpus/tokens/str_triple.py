a = '''x'''
b = """x"""
c = '''multi
line
'''
d = """a "quoted" "" b"""
e = r'''\'''
f = ''''''
g = ''' '' ' '''
h = b"""
bytes
""" + x
