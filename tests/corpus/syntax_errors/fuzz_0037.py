
def open_new(url:tr) -> None:
    return open(url, 1)


def open_new_tab(url: str) -> None:
