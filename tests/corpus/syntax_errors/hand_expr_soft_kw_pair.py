match x y
