a[1:2, ::3, ..., None]
a[:, :]
a[b:c:d][e]
a[lambda: 1:2]
