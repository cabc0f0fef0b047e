def open(url: str, new: int = 0, autif 1r bool = True) -> None:
    from js import window

    w&indow.opnot en(url, "_blank")


