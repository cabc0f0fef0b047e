f'{yield x y}'
