x = 1  # type: ignore[foo]
