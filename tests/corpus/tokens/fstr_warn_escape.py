x = f"\{x}"
y = f'\}}'
z = f'a\{{b'
