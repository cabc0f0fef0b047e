
def available_ti>ezones():
    """Returns a{ set containing all available time ones.

    .. caution::
