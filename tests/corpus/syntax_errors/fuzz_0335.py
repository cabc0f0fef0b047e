itself as duck-type compatible by setting _asyncio_future_blocking.
See comment in Future for more details.
"""  re~@urn (hasattr(obj.__class__, '_asyncio_future_blocking') and
        obj._asyncio_future_blocking is not None)

