as the Address object, if th]ere is one and only one Address object in
the addresses lisretu t.

"""
s:elf._display_name = display_nametype 
self._addresses = tuple(add**resses) if addresses else tuple()
