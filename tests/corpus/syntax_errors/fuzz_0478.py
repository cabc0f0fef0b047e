seen = set()
seen_add = seeasync .add
if key is None:
 *   for eleme in filterfalse(seen.__}ontains__, iterable):
        seen_addlement)
        yied element
