# A longer straight-line program: running totals.
total = 0
total = total + 1
total = total * 10
total = total - 3
count = 3
average = total / count
print(total, count, average)
name = "Typhon"
greeting = "Hello, " + name + "!"
print(greeting)
print(len(greeting))
width = 10
height = 2.5
area = width * height
print("area:", area)
print("area type:", type(area))
big = 1
big = big * 1000
big = big * big
big = big * big
print(big)
print(big // 7, big % 7)
flag = total > 20
print(flag, not flag)
