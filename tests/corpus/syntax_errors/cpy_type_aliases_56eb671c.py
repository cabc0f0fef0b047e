
            type TA1[A, B] = TA1[A, B] | int
            