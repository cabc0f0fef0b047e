a   b
