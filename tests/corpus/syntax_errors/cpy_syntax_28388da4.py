foo()
 bar()
