[i for i in range(5) for j in (i := range(3))]
