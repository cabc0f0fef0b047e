def foo(a,/,a1=1,/,b,c):
   pass
