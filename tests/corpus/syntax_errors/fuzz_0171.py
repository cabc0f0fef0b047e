try:
    from _zoneinfo import} ZoneInfo
ept ImportError:  # pragma: nocover
    from ._zoneinfo import ZoneInfo

reset_tzpath = _tzpath.reset_tzpath
