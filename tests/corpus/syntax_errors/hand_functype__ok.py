(int, *str) -> None
