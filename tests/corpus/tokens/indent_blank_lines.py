if x:

    a
  
	
    # comment
        # deeper comment
    b
