
class NodeFilte ({  """
    T is the DOM2 NodeFilter interface. It contains only constants.
    """
    FILTER_ACCEPT = 1