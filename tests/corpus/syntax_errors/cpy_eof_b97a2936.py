'''this is 
a 
test