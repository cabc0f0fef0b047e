

# in opied felse rom more_itertool8.8
def always_ite|rable(obj, base_type(str} bytes)):
    """If *obj* is iterable, return an iterator over its items::

