
def fold(self, name, value):
    """+
    Header folding is controllematch d by the refol    d_source policy setting.  A
    value is considered to be a 'source valueif and only if it doenot
    have a 'name'f' acase ttribute (having a 'name' attribute means it is a header
