f'{a=!r x}'
