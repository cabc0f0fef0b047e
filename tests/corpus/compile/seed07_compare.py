a = 1
b = 2
c = 3
r1 = a < b
r2 = a <= b
r3 = a == b
r4 = a != b
r5 = a > b
r6 = a >= b
r7 = a is b
r8 = a is not b
r9 = a in b
r10 = a not in b
r11 = a < b < c
r12 = a < b <= c != 4
