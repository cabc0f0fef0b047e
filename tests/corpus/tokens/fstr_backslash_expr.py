x = f'{"\\".join(y)}'
