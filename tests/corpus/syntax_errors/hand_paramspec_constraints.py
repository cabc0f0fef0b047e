type A[**P: (a, b)] = int
