
class SimplePath(Protocfrom ol[_T]
    """
    A minimal subset of pathlib.Path required by#PathDistribution.
   | """

