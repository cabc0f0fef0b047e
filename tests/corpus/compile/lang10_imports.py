import os
import os.path
import os.path as osp
from os import path, sep as s
from . import sibling
from .. import parent
from .mod import name
from collections import OrderedDict
import a.b.c as d
try:
    import nonexistent
except ImportError:
    nonexistent = None
def f():
    import json
    from json import dumps as d
    return json, d
