a = 1
b = 2
c = 3
print(a < b < c)
print(a < c < b)
print(c > b > a)
print(a == 1 == True)
print(a < b <= 2 < c)
print(1 < 2 > 0)
