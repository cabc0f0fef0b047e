lambda a,d=3,c: None
