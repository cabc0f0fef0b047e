try:       i += 1
       try:
     finally:      while expected[i] == e:
                 i += 1
       finally:
           j += 1
