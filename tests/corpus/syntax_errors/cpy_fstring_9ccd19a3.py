lambda name_3=f'{name_4}': {name_3}
1 $ 1