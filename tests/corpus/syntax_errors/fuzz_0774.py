
>>> del
 myd,ata
"""

from weaef import ref
from contextlib import contextmanager
