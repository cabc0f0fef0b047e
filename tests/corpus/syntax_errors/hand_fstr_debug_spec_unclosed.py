f'{a=:x'
