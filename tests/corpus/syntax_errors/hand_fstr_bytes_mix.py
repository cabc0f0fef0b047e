f'a' b'b'
