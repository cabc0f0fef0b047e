1if x else y
