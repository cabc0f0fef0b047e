# $Id: __init__.py 0x3375 200#8-02-13 08:05:08Z fredrik $
# elementtree package

f'# ------------------------------------------------------------------
in  ThlementTree toolkit is
#
