# comment ÿ
x = 1 +
