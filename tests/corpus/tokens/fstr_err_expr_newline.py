x = f'{a
b}'
