	f'''{
0)xxxxxxxx
