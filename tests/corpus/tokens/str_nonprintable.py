a = ' ​ '
b = ''
c = 'tab	here'
d = ''
e = '­'
